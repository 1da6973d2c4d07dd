namespace RoboMirror.Hardware.Trajectories;

/// <summary>
/// A joint trajectory as trajectory_msgs/JointTrajectory: joint names and waypoints in time order. Its shape
/// is checked here (names, sizes, increasing times); whether an arm may follow it is checked by
/// <see cref="Safety.CommandValidator"/> against the arm's limits before anything moves.
/// </summary>
public sealed class JointTrajectory
{
    private readonly string[] _jointNames;
    private readonly JointTrajectoryPoint[] _points;

    /// <summary>Creates a trajectory; throws <see cref="ArgumentException"/> naming the first malformed point.</summary>
    public JointTrajectory(IReadOnlyList<string> jointNames, IReadOnlyList<JointTrajectoryPoint> points)
    {
        ArgumentNullException.ThrowIfNull(jointNames);
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            throw new ArgumentException("A trajectory needs at least one point (an empty one cancels in ROS; call Stop instead).", nameof(points));
        }

        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Positions.Count != jointNames.Count)
            {
                throw new ArgumentException($"Point {i} has {points[i].Positions.Count} positions; the trajectory names {jointNames.Count} joints.", nameof(points));
            }

            if (points[i].TimeFromStart < TimeSpan.Zero || (i > 0 && points[i].TimeFromStart <= points[i - 1].TimeFromStart))
            {
                throw new ArgumentException(
                    $"Point {i} is at {points[i].TimeFromStart.TotalSeconds} s; times must be non-negative and strictly increasing (previous {(i > 0 ? points[i - 1].TimeFromStart.TotalSeconds : 0)} s).",
                    nameof(points));
            }
        }

        _jointNames = [.. jointNames];
        _points = [.. points];
    }

    /// <summary>Joint names in the order of every point's values.</summary>
    public IReadOnlyList<string> JointNames => _jointNames;

    /// <summary>Waypoints in time order.</summary>
    public IReadOnlyList<JointTrajectoryPoint> Points => _points;

    /// <summary>Time of the last point.</summary>
    public TimeSpan Duration => _points[^1].TimeFromStart;

    /// <summary>
    /// Writes the positions at <paramref name="time"/> from the start into <paramref name="positions"/>:
    /// <paramref name="start"/> before the first point (linear from it), cubic Hermite between points that carry
    /// velocities, linear otherwise, and the last point after the end. Real-time safe: no allocation.
    /// </summary>
    public void Sample(TimeSpan time, ReadOnlySpan<double> start, Span<double> positions)
    {
        var points = _points;
        if (time >= points[^1].TimeFromStart)
        {
            points[^1].PositionSpan.CopyTo(positions);
            return;
        }

        var index = 0;
        while (points[index].TimeFromStart <= time)
        {
            index++;
        }

        var next = points[index];
        var t0 = index == 0 ? 0.0 : points[index - 1].TimeFromStart.TotalSeconds;
        var p0 = index == 0 ? start : points[index - 1].PositionSpan;
        var duration = next.TimeFromStart.TotalSeconds - t0;
        var s = duration <= 0 ? 1.0 : (time.TotalSeconds - t0) / duration;
        var hermite = index > 0 && points[index - 1].HasVelocities && next.HasVelocities;
        for (var j = 0; j < positions.Length; j++)
        {
            var a = p0[j];
            var b = next.PositionSpan[j];
            if (hermite)
            {
                var va = points[index - 1].VelocitySpan[j] * duration;
                var vb = next.VelocitySpan[j] * duration;
                double s2 = s * s, s3 = s2 * s;
                positions[j] = (2 * s3 - 3 * s2 + 1) * a + (s3 - 2 * s2 + s) * va + (-2 * s3 + 3 * s2) * b + (s3 - s2) * vb;
            }
            else
            {
                positions[j] = a + s * (b - a);
            }
        }
    }

    /// <summary>
    /// What is left of the trajectory <paramref name="progress"/> after its start: the points after that instant, their
    /// times counted from it (so that it can be sent again, to start now from where the arm is, e.g. at another speed);
    /// null when the trajectory is over.
    /// </summary>
    public JointTrajectory? Remaining(TimeSpan progress)
    {
        if (progress <= TimeSpan.Zero)
        {
            return this;
        }

        var left = new List<JointTrajectoryPoint>(_points.Length);
        foreach (var point in _points)
        {
            if (point.TimeFromStart > progress)
            {
                left.Add(new JointTrajectoryPoint(point.Positions, point.TimeFromStart - progress, point.Velocities));
            }
        }

        return left.Count > 0 ? new JointTrajectory(_jointNames, left) : null;
    }
}
