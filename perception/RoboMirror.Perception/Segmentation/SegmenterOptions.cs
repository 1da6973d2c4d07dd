namespace RoboMirror.Perception.Segmentation;

/// <summary>
/// Thresholds of the activity segmenter, on motion energy in (shoulder widths per second)^2 (see
/// <see cref="Streaming.PersonFeatures.MotionEnergy"/>) and on hand drift in shoulder widths per second (see
/// <see cref="Streaming.PersonFeatures.HandDrift"/>). The gap between the two thresholds and the two
/// minimum durations are the hysteresis that keeps Kinect jitter from toggling the state.
/// </summary>
public sealed record SegmenterOptions
{
    /// <summary>The defaults described on each property.</summary>
    public static SegmenterOptions Default { get; } = new();

    /// <summary>
    /// Smoothed energy above which movement may start. Default 4 (elbow and hand together at ~2 shoulder
    /// widths/s, ~0.7 m/s; Kinect jitter of a still arm alone reaches 1-3). Chosen on Bütepage pairs 1-2 and
    /// UTKinect s01-s05 only (docs/perception.md).
    /// </summary>
    public float OnThreshold { get; init; } = 4f;

    /// <summary>Smoothed energy below which movement may end. Default 2.</summary>
    public float OffThreshold { get; init; } = 2f;

    /// <summary>How long energy must stay above <see cref="OnThreshold"/> before a start is declared. Default 100 ms.</summary>
    public TimeSpan MinOnDuration { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How long energy must stay below <see cref="OffThreshold"/> before an end is declared. Default 800 ms.</summary>
    public TimeSpan MinOffDuration { get; init; } = TimeSpan.FromMilliseconds(800);

    /// <summary>
    /// Time constant of the exponential smoothing applied to the energy before thresholding: Kinect jitter
    /// makes raw energy of a still arm flicker well above the thresholds. Zero disables it. Default 300 ms.
    /// </summary>
    public TimeSpan Smoothing { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// Hand drift (<see cref="Streaming.PersonFeatures.HandDrift"/>, shoulder widths/s) above which movement may start
    /// even while the energy stays low: a slow, steady movement such as a fist raised over two seconds. Default 0.6
    /// (a still Kinect hand drifts about 0.05-0.1; chosen on Bütepage, docs/perception.md). Infinity turns drift off (energy alone decides, as before drift existed).
    /// </summary>
    public float DriftOnThreshold { get; init; } = 0.6f;

    /// <summary>Hand drift below which movement may end (together with the energy below <see cref="OffThreshold"/>). Default 0.4.</summary>
    public float DriftOffThreshold { get; init; } = 0.4f;

    /// <summary>Throws one <see cref="ArgumentException"/> that lists every invalid option with its value and the reason.</summary>
    public SegmenterOptions Validate()
    {
        var errors = new List<string>();
        if (!(OffThreshold >= 0f) || !(OnThreshold > OffThreshold))
        {
            errors.Add($"OnThreshold = {OnThreshold}, OffThreshold = {OffThreshold}: need 0 <= off < on");
        }

        if (!(DriftOffThreshold >= 0f) || !(DriftOnThreshold > DriftOffThreshold))
        {
            errors.Add($"DriftOnThreshold = {DriftOnThreshold}, DriftOffThreshold = {DriftOffThreshold}: need 0 <= off < on (on may be infinity: no drift)");
        }

        if (MinOnDuration < TimeSpan.Zero || MinOffDuration < TimeSpan.Zero)
        {
            errors.Add($"MinOnDuration = {MinOnDuration}, MinOffDuration = {MinOffDuration}: must be >= 0");
        }

        if (Smoothing < TimeSpan.Zero)
        {
            errors.Add($"Smoothing = {Smoothing}: must be >= 0");
        }

        return errors.Count == 0
            ? this
            : throw new ArgumentException($"The '{nameof(SegmenterOptions)}' are invalid. Validation Errors: {string.Join("; ", errors)}.");
    }
}
