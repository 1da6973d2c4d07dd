namespace RoboMirror.Hardware.Trajectories;

/// <summary>
/// One waypoint of a joint trajectory, as trajectory_msgs/JointTrajectoryPoint: positions (rad), optional
/// velocities (rad/s) and the time from the trajectory's start.
/// </summary>
public sealed class JointTrajectoryPoint
{
    private readonly double[] _positions;
    private readonly double[]? _velocities;

    /// <summary>Creates a point; the arrays are copied.</summary>
    public JointTrajectoryPoint(IReadOnlyList<double> positions, TimeSpan timeFromStart, IReadOnlyList<double>? velocities = null)
    {
        ArgumentNullException.ThrowIfNull(positions);
        if (velocities is not null && velocities.Count != positions.Count)
        {
            throw new ArgumentException($"A point has {positions.Count} positions but {velocities.Count} velocities; give one velocity per joint or none.", nameof(velocities));
        }

        _positions = [.. positions];
        _velocities = velocities is null ? null : [.. velocities];
        TimeFromStart = timeFromStart;
    }

    /// <summary>Joint positions, rad, in the trajectory's joint order.</summary>
    public IReadOnlyList<double> Positions => _positions;

    /// <summary>Joint velocities, rad/s, or null when the point leaves them to interpolation.</summary>
    public IReadOnlyList<double>? Velocities => _velocities;

    /// <summary>When the arm should be at this point, counted from the trajectory's start.</summary>
    public TimeSpan TimeFromStart { get; }

    internal ReadOnlySpan<double> PositionSpan => _positions;

    internal ReadOnlySpan<double> VelocitySpan => _velocities;

    internal bool HasVelocities => _velocities is not null;
}
