using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Trajectories;

namespace RoboMirror.Hardware.Safety;

/// <summary>
/// Checks commands against an arm's description before they leave the process: sizes, finite numbers,
/// position, velocity and acceleration limits, and continuity with where the arm is.
/// </summary>
public sealed class CommandValidator
{
    private readonly ArmDescription _arm;

    /// <summary>Creates a validator; <paramref name="tolerance"/> is the relative slack on velocity and acceleration (default 5 %).</summary>
    public CommandValidator(ArmDescription arm, double tolerance = 0.05)
    {
        ArgumentNullException.ThrowIfNull(arm);
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        _arm = arm;
        Tolerance = tolerance;
    }

    /// <summary>Relative slack allowed on velocity and acceleration limits (finite differences are approximate).</summary>
    public double Tolerance { get; }

    /// <summary>
    /// Checks one streamed target against the limits and against <paramref name="previous"/> (the last accepted
    /// target or the measured position) one control <paramref name="period"/> earlier. Real-time safe.
    /// </summary>
    public TargetCheck CheckTarget(ReadOnlySpan<double> target, ReadOnlySpan<double> previous, TimeSpan period)
    {
        var n = _arm.JointCount;
        if (target.Length != n)
        {
            return new TargetCheck(RejectionReason.WrongSize, -1, target.Length, n);
        }

        for (var j = 0; j < n; j++)
        {
            var limits = _arm.Limits(j);
            var value = target[j];
            if (!double.IsFinite(value))
            {
                return new TargetCheck(RejectionReason.NotFinite, j, value, 0);
            }

            if (!limits.Contains(value))
            {
                return new TargetCheck(RejectionReason.PositionLimit, j, value, value < limits.MinPosition ? limits.MinPosition : limits.MaxPosition);
            }

            var reachable = limits.MaxVelocity * (1 + Tolerance) * period.TotalSeconds;
            var step = Math.Abs(value - previous[j]);
            if (step > reachable)
            {
                return new TargetCheck(RejectionReason.Discontinuous, j, step, reachable);
            }
        }

        return TargetCheck.Accepted;
    }

    /// <summary>
    /// Checks a whole trajectory starting from <paramref name="current"/> (the arm at rest there). Returns the
    /// first problem with the point index it was found at (−1 when none). Not real-time: call it before sending.
    /// </summary>
    public (TargetCheck Check, int Point) CheckTrajectory(JointTrajectory trajectory, ReadOnlySpan<double> current)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        var n = _arm.JointCount;
        if (!trajectory.JointNames.SequenceEqual(_arm.JointNames(), StringComparer.Ordinal))
        {
            return (new TargetCheck(RejectionReason.JointNames, -1, trajectory.JointNames.Count, n), -1);
        }

        Span<double> previousVelocity = stackalloc double[n];
        var previousTime = 0.0;
        var previousPositions = current;
        for (var i = 0; i < trajectory.Points.Count; i++)
        {
            var point = trajectory.Points[i];
            var time = point.TimeFromStart.TotalSeconds;
            var dt = time - previousTime;
            for (var j = 0; j < n; j++)
            {
                var limits = _arm.Limits(j);
                var value = point.PositionSpan[j];
                if (!double.IsFinite(value) || (point.HasVelocities && !double.IsFinite(point.VelocitySpan[j])))
                {
                    return (new TargetCheck(RejectionReason.NotFinite, j, point.HasVelocities && double.IsFinite(value) ? point.VelocitySpan[j] : value, 0), i);
                }

                if (!limits.Contains(value))
                {
                    return (new TargetCheck(RejectionReason.PositionLimit, j, value, value < limits.MinPosition ? limits.MinPosition : limits.MaxPosition), i);
                }

                var maxVelocity = limits.MaxVelocity * (1 + Tolerance);
                if (point.HasVelocities && Math.Abs(point.VelocitySpan[j]) > maxVelocity)
                {
                    return (new TargetCheck(RejectionReason.VelocityLimit, j, Math.Abs(point.VelocitySpan[j]), limits.MaxVelocity), i);
                }

                var delta = value - previousPositions[j];
                if (dt <= 0)
                {
                    if (Math.Abs(delta) > 1e-6)
                    {
                        return (new TargetCheck(RejectionReason.Discontinuous, j, Math.Abs(delta), 0), i);
                    }

                    continue;
                }

                var velocity = delta / dt;
                if (Math.Abs(velocity) > maxVelocity)
                {
                    return (new TargetCheck(RejectionReason.VelocityLimit, j, Math.Abs(velocity), limits.MaxVelocity), i);
                }

                var acceleration = Math.Abs(velocity - previousVelocity[j]) / dt;
                if (acceleration > limits.MaxAcceleration * (1 + Tolerance))
                {
                    return (new TargetCheck(RejectionReason.AccelerationLimit, j, acceleration, limits.MaxAcceleration), i);
                }

                previousVelocity[j] = velocity;
            }

            previousTime = time;
            previousPositions = point.PositionSpan;
        }

        return (TargetCheck.Accepted, -1);
    }

    /// <summary>As <see cref="CheckTrajectory"/>, throwing <see cref="CommandRejectedException"/> on the first problem.</summary>
    public void EnsureTrajectory(JointTrajectory trajectory, ReadOnlySpan<double> current)
    {
        var (check, point) = CheckTrajectory(trajectory, current);
        if (!check.IsAccepted)
        {
            throw new CommandRejectedException(check, $"{_arm.Model} trajectory, point {point}");
        }
    }
}
