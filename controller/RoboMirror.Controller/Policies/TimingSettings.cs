namespace RoboMirror.Controller.Policies;

/// <summary>
/// Settings of the timing policies. Defaults are in one place here; <see cref="Validate"/> reports every
/// problem in one message.
/// </summary>
public sealed record TimingSettings
{
    /// <summary>
    /// Gap between the partner's end and the robot's motion onset to aim for (human turn gaps: ~200 ms). It may be
    /// negative: motion aimed to start before the partner's end, an overlap (the operating curve of
    /// <c>robomirror eval</c> sweeps it from −200 ms).
    /// </summary>
    public TimeSpan TargetGap { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Known delay from command to visible motion (command latency plus acceleration to the onset threshold).</summary>
    public TimeSpan ArmLatency { get; init; } = TimeSpan.FromMilliseconds(170);

    /// <summary>
    /// Reactive rule: how long after the activity segmenter declares the partner still the robot answers.
    /// The segmenter itself already waits for its minimum still time (800 ms by default, plus smoothing),
    /// so the rule's total hold is about a second. Zero answers as soon as the segmenter declares the partner still.
    /// </summary>
    public TimeSpan ReactiveHold { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Mirror policy: minimum projection confidence to trust the model; below it the reactive rule decides.</summary>
    public double MirrorMinConfidence { get; init; } = 0.35;

    /// <summary>Mirror policy: minimum probability of a real gesture (not "no gesture").</summary>
    public double MirrorMinGestureProbability { get; init; } = 0.5;

    /// <summary>Mirror policy: the partner must have been active this long before a prediction is used.</summary>
    public TimeSpan MirrorMinPartnerActive { get; init; } = TimeSpan.FromMilliseconds(400);

    /// <summary>
    /// Mirror policy: weight of the newest prediction of the partner's end when it lies later than the running one
    /// (exponential smoothing, 0..1]: a prediction that recedes is trusted slowly.
    /// </summary>
    public double MirrorSmoothing { get; init; } = 0.3;

    /// <summary>
    /// Mirror policy: weight of the newest prediction when it brings the end closer (0..1]. The network sees an end
    /// coming only in the last few hundred milliseconds; smoothing that as slowly as a receding prediction makes the
    /// robot late by the smoothing's lag.
    /// </summary>
    public double MirrorSmoothingEarlier { get; init; } = 1.0;

    /// <summary>
    /// Mirror policy: a reading whose time to end is below this says the gesture is ending now. It can bring the
    /// predicted end closer but never push it later: otherwise "ending in 50 ms", read again every step, would keep
    /// the end (and the command) 50 ms ahead for as long as the network says so.
    /// </summary>
    public TimeSpan MirrorEndingTimeToEnd { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Mirror policy: an expected time to end at or above this, with a recognised gesture and a confident projection,
    /// means the network sees the gesture continuing. A partner who holds still then is pausing, not done, and the
    /// reactive rule's answer is put off by up to <see cref="MirrorPauseLimit"/>.
    /// </summary>
    public TimeSpan MirrorContinuingTimeToEnd { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Mirror policy: the longest the reactive rule's answer is put off while the network sees the gesture continuing.</summary>
    public TimeSpan MirrorPauseLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Joint turns (<c>mirror-joint</c>): how long after the partner's detected onset the robot's motion should start,
    /// as a human follower joins a handshake or fist bump. The default is the median over the 32 Bütepage
    /// interactions of (follower onset − the leader's onset as the controller detects it) in the replay evaluation.
    /// </summary>
    public TimeSpan JointLag { get; init; } = TimeSpan.Zero;

    /// <summary>Validates the settings; throws <see cref="ArgumentException"/> listing every problem.</summary>
    public TimingSettings Validate()
    {
        var errors = new List<string>();
        if (ArmLatency < TimeSpan.Zero)
        {
            errors.Add($"ArmLatency is {ArmLatency.TotalMilliseconds} ms; it must not be negative.");
        }

        if (ReactiveHold < TimeSpan.Zero)
        {
            errors.Add($"ReactiveHold is {ReactiveHold.TotalMilliseconds} ms; it must not be negative.");
        }

        if (MirrorMinConfidence is < 0 or > 1 || double.IsNaN(MirrorMinConfidence))
        {
            errors.Add($"MirrorMinConfidence is {MirrorMinConfidence}; it must be in [0, 1].");
        }

        if (MirrorMinGestureProbability is < 0 or > 1 || double.IsNaN(MirrorMinGestureProbability))
        {
            errors.Add($"MirrorMinGestureProbability is {MirrorMinGestureProbability}; it must be in [0, 1].");
        }

        if (MirrorMinPartnerActive < TimeSpan.Zero)
        {
            errors.Add($"MirrorMinPartnerActive is {MirrorMinPartnerActive.TotalMilliseconds} ms; it must not be negative.");
        }

        if (MirrorSmoothing is <= 0 or > 1 || double.IsNaN(MirrorSmoothing))
        {
            errors.Add($"MirrorSmoothing is {MirrorSmoothing}; it must be in (0, 1].");
        }

        if (MirrorSmoothingEarlier is <= 0 or > 1 || double.IsNaN(MirrorSmoothingEarlier))
        {
            errors.Add($"MirrorSmoothingEarlier is {MirrorSmoothingEarlier}; it must be in (0, 1].");
        }

        if (MirrorEndingTimeToEnd < TimeSpan.Zero || MirrorEndingTimeToEnd >= MirrorContinuingTimeToEnd)
        {
            errors.Add($"MirrorEndingTimeToEnd is {MirrorEndingTimeToEnd.TotalMilliseconds} ms; it must not be negative and must be below MirrorContinuingTimeToEnd ({MirrorContinuingTimeToEnd.TotalMilliseconds} ms).");
        }

        if (MirrorContinuingTimeToEnd <= TimeSpan.Zero)
        {
            errors.Add($"MirrorContinuingTimeToEnd is {MirrorContinuingTimeToEnd.TotalMilliseconds} ms; it must be positive.");
        }

        if (MirrorPauseLimit < TimeSpan.Zero)
        {
            errors.Add($"MirrorPauseLimit is {MirrorPauseLimit.TotalMilliseconds} ms; it must not be negative.");
        }

        return errors.Count == 0
            ? this
            : throw new ArgumentException($"The '{nameof(TimingSettings)}' are invalid. Validation Errors: {string.Join(" ", errors)}");
    }
}
