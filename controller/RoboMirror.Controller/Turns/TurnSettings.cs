namespace RoboMirror.Controller.Turns;

/// <summary>Settings of the turn-taking state machine; defaults in one place, validated when built.</summary>
public sealed record TurnSettings
{
    /// <summary>
    /// Joint speed (rad/s) above which the arm counts as moving: the robot's visible onset. 0.05 rad/s
    /// moves a UR5e's tool by about 4 cm/s at full reach, the slowest motion a person reliably notices.
    /// </summary>
    public double OnsetJointSpeed { get; init; } = 0.05;

    /// <summary>A schedule change smaller than this is not logged as a re-plan.</summary>
    public TimeSpan ReplanTolerance { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// During the robot's turn: if the partner was still moving at the command, they may go on this long
    /// past the predicted end before it counts as resuming (the prediction was wrong). It must exceed the
    /// activity segmenter's off-latency (its minimum still time, 800 ms, plus its smoothing, 300 ms by
    /// default), or a partner who did stop on time would still look "moving" and be taken as resuming.
    /// </summary>
    public TimeSpan ResumeGrace { get; init; } = TimeSpan.FromMilliseconds(2500);

    /// <summary>How the robot gives way when the partner resumes.</summary>
    public YieldMode YieldMode { get; init; } = YieldMode.Stop;

    /// <summary>Speed scale while yielding in <see cref="YieldMode.Slow"/> mode.</summary>
    public double YieldSpeedScale { get; init; } = 0.3;

    /// <summary>Partner absent for this long during an interaction → back to idle with a "partner lost" event.</summary>
    public TimeSpan PartnerLostTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A mirror reading whose newest frame is older than the partner's detected onset by more than this belongs to an
    /// earlier movement: the policy and the answer ignore it. The allowance covers the onset detector's own delay, so
    /// that a reading of the gesture's first moments still counts.
    /// </summary>
    public TimeSpan MirrorOnsetAllowance { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Resuming, as the mirror network sees it: after the command, a reading with a time to end below this (or "no
    /// gesture") means the network saw the gesture end...
    /// </summary>
    public TimeSpan NetworkEndTimeToEnd { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// ...and a later confident reading of a recognised gesture with a time to end at or above this, while the partner
    /// moves, means they have started again: the robot yields at once instead of waiting for <see cref="ResumeGrace"/>.
    /// </summary>
    public TimeSpan NetworkResumeTimeToEnd { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The least projection confidence and gesture probability for such a reading.</summary>
    public double NetworkResumeConfidence { get; init; } = 0.5;

    /// <summary>
    /// Learn the arm's delay from command to visible motion from its own answers (the median of the last
    /// <see cref="LatencySamples"/> measured delays) and compensate that instead of the configured
    /// <c>TimingSettings.ArmLatency</c>, which then only serves the first answer.
    /// </summary>
    public bool LearnArmLatency { get; init; } = true;

    /// <summary>How many of the latest measured command-to-motion delays the learned latency is the median of.</summary>
    public int LatencySamples { get; init; } = 5;

    /// <summary>The answer performed when the model offers none (resonance off or no estimate).</summary>
    public string DefaultAnswer { get; init; } = "wave";

    /// <summary>Validates the settings; throws <see cref="ArgumentException"/> listing every problem.</summary>
    public TurnSettings Validate()
    {
        var errors = new List<string>();
        if (!(OnsetJointSpeed > 0) || double.IsInfinity(OnsetJointSpeed))
        {
            errors.Add($"OnsetJointSpeed is {OnsetJointSpeed} rad/s; it must be positive and finite.");
        }

        if (ReplanTolerance < TimeSpan.Zero || ResumeGrace < TimeSpan.Zero || PartnerLostTimeout <= TimeSpan.Zero)
        {
            errors.Add($"ReplanTolerance ({ReplanTolerance}) and ResumeGrace ({ResumeGrace}) must not be negative; PartnerLostTimeout ({PartnerLostTimeout}) must be positive.");
        }

        if (NetworkEndTimeToEnd < TimeSpan.Zero || NetworkResumeTimeToEnd <= NetworkEndTimeToEnd || NetworkResumeConfidence is < 0 or > 1 || double.IsNaN(NetworkResumeConfidence))
        {
            errors.Add($"NetworkEndTimeToEnd ({NetworkEndTimeToEnd.TotalMilliseconds} ms) must not be negative and must be below NetworkResumeTimeToEnd ({NetworkResumeTimeToEnd.TotalMilliseconds} ms); NetworkResumeConfidence ({NetworkResumeConfidence}) must be in [0, 1].");
        }

        if (LatencySamples < 1)
        {
            errors.Add($"LatencySamples is {LatencySamples}; it must be at least 1.");
        }

        if (MirrorOnsetAllowance < TimeSpan.Zero)
        {
            errors.Add($"MirrorOnsetAllowance is {MirrorOnsetAllowance.TotalMilliseconds} ms; it must not be negative.");
        }

        if (!(YieldSpeedScale is > 0 and <= 1))
        {
            errors.Add($"YieldSpeedScale is {YieldSpeedScale}; it must be in (0, 1].");
        }

        if (string.IsNullOrWhiteSpace(DefaultAnswer))
        {
            errors.Add("DefaultAnswer is empty; name a movement of the robot's repertoire.");
        }

        return errors.Count == 0
            ? this
            : throw new ArgumentException($"The '{nameof(TurnSettings)}' are invalid. Validation Errors: {string.Join(" ", errors)}");
    }
}
