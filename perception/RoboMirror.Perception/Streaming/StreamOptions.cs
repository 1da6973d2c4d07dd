using RoboMirror.Perception.Canonicalization;

namespace RoboMirror.Perception.Streaming;

/// <summary>
/// Options of the streaming pipeline, with their defaults. The latency the pipeline adds to a frame is
/// at most <see cref="ReorderWindow"/> (a frame is released once a frame that much newer arrives, or
/// <see cref="PerceptionPipeline.Advance"/> is called that much later), plus the One Euro filter's lag.
/// </summary>
public sealed record StreamOptions
{
    /// <summary>The defaults described on each property.</summary>
    public static StreamOptions Default { get; } = new();

    /// <summary>How long a frame waits for older frames that arrive late. Zero disables reordering (late frames are dropped). Default 50 ms.</summary>
    public TimeSpan ReorderWindow { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The longest a missing joint is bridged before it is marked lost. Default 200 ms.</summary>
    public TimeSpan MaxJointGap { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>A forward step in time larger than this restarts the person's filters and is counted as a jump. Default 1 s.</summary>
    public TimeSpan JumpLimit { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A person not seen for this long is lost (BodyLost, and PartnerLost for the partner). Default 1 s.</summary>
    public TimeSpan PersonLostTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Smoothing of joint positions (in shoulder widths). Default (1 Hz, 0.3, 1 Hz).</summary>
    public OneEuroParameters Filter { get; init; } = new(1.0f, 0.3f, 1.0f);

    /// <summary>What a plausible frame looks like.</summary>
    public PlausibilityLimits Limits { get; init; } = PlausibilityLimits.Default;

    /// <summary>The robot's pose and reach; null when the camera-to-robot transform is unknown (no workspace features).</summary>
    public RobotWorkspace? Workspace { get; init; }

    /// <summary>Most people tracked at once; a new person beyond this is rejected. Default 16.</summary>
    public int MaxPeople { get; init; } = 16;

    /// <summary>Frames buffered per person for reordering. Default 8.</summary>
    public int ReorderCapacity { get; init; } = 8;

    /// <summary>
    /// The window of a hand's drift (<see cref="PersonFeatures.LeftHandDrift"/>): net displacement over this long.
    /// Longer averages out more jitter but reacts later. Zero turns drift off (always 0). Default 500 ms.
    /// </summary>
    public TimeSpan DriftWindow { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Throws one <see cref="ArgumentException"/> that lists every invalid option with its value and the reason.</summary>
    public StreamOptions Validate()
    {
        var errors = new List<string>();
        if (ReorderWindow < TimeSpan.Zero)
        {
            errors.Add($"ReorderWindow = {ReorderWindow}: must be >= 0");
        }

        if (MaxJointGap < TimeSpan.Zero)
        {
            errors.Add($"MaxJointGap = {MaxJointGap}: must be >= 0");
        }

        if (JumpLimit <= TimeSpan.Zero)
        {
            errors.Add($"JumpLimit = {JumpLimit}: must be > 0");
        }

        if (PersonLostTimeout <= TimeSpan.Zero)
        {
            errors.Add($"PersonLostTimeout = {PersonLostTimeout}: must be > 0");
        }

        if (!(Filter.MinCutoffHz > 0f) || !(Filter.DerivativeCutoffHz > 0f) || !(Filter.Beta >= 0f))
        {
            errors.Add($"Filter = {Filter}: cutoffs must be > 0 and beta >= 0");
        }

        if (DriftWindow < TimeSpan.Zero)
        {
            errors.Add($"DriftWindow = {DriftWindow}: must be >= 0");
        }

        if (MaxPeople < 1)
        {
            errors.Add($"MaxPeople = {MaxPeople}: must be >= 1");
        }

        if (ReorderCapacity < 1)
        {
            errors.Add($"ReorderCapacity = {ReorderCapacity}: must be >= 1");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException($"The '{nameof(StreamOptions)}' are invalid. Validation Errors: {string.Join("; ", errors)}.");
        }

        Limits.Validate();
        return this;
    }
}
