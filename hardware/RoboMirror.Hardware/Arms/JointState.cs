namespace RoboMirror.Hardware.Arms;

/// <summary>
/// A snapshot of an arm's joints: positions (rad), velocities (rad/s), the arm's motion mode and the time it
/// was measured on the arm's clock. Mutable and reusable so the control loop reads without allocating.
/// </summary>
public sealed class JointState
{
    /// <summary>Creates a snapshot for <paramref name="jointCount"/> joints.</summary>
    public JointState(int jointCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(jointCount);
        Positions = new double[jointCount];
        Velocities = new double[jointCount];
    }

    /// <summary>When the arm measured this state, on the arm's clock (time since configuration).</summary>
    public TimeSpan Timestamp { get; set; }

    /// <summary>Joint positions, rad.</summary>
    public double[] Positions { get; }

    /// <summary>Joint velocities, rad/s.</summary>
    public double[] Velocities { get; }

    /// <summary>What the arm is doing.</summary>
    public MotionMode Mode { get; set; }

    /// <summary>Largest absolute joint speed, rad/s (what a motion-onset detector compares to its threshold).</summary>
    public double PeakSpeed()
    {
        var peak = 0.0;
        foreach (var v in Velocities)
        {
            peak = Math.Max(peak, Math.Abs(v));
        }

        return peak;
    }

    /// <summary>Copies everything into <paramref name="target"/> without allocating.</summary>
    public void CopyTo(JointState target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Timestamp = Timestamp;
        target.Mode = Mode;
        Positions.CopyTo(target.Positions, 0);
        Velocities.CopyTo(target.Velocities, 0);
    }
}
