namespace RoboMirror.Hardware.Arms;

/// <summary>
/// Finds when an arm starts to move: the first joint state whose peak joint speed exceeds a threshold.
/// What the controller measures its response latency against. Real-time safe.
/// </summary>
public sealed class MotionOnsetDetector
{
    /// <summary>Creates a detector; <paramref name="speedThreshold"/> in rad/s (default 0.05).</summary>
    public MotionOnsetDetector(double speedThreshold = 0.05)
    {
        if (!double.IsFinite(speedThreshold) || speedThreshold <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(speedThreshold), speedThreshold, "The speed threshold must be finite and positive (rad/s).");
        }

        SpeedThreshold = speedThreshold;
    }

    /// <summary>The speed, rad/s, above which the arm counts as moving.</summary>
    public double SpeedThreshold { get; }

    /// <summary>When motion started, on the arm's clock; null until it has.</summary>
    public TimeSpan? Onset { get; private set; }

    /// <summary>Feeds one state; returns true on the state where motion starts (once until <see cref="Reset"/>).</summary>
    public bool Update(JointState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (Onset is not null || state.PeakSpeed() <= SpeedThreshold)
        {
            return false;
        }

        Onset = state.Timestamp;
        return true;
    }

    /// <summary>Forgets the onset so the next motion is detected.</summary>
    public void Reset() => Onset = null;
}
