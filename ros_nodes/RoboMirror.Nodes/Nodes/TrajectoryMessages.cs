using RoboMirror.Hardware.Trajectories;
using RoboMirror.Ros.Messages.BuiltinInterfaces;
using RosPoint = RoboMirror.Ros.Messages.TrajectoryMsgs.JointTrajectoryPoint;
using RosTrajectory = RoboMirror.Ros.Messages.TrajectoryMsgs.JointTrajectory;

namespace RoboMirror.Nodes.Nodes;

/// <summary>
/// Converts joint trajectories between the hardware library and trajectory_msgs/JointTrajectory as
/// ros2_control's joint_trajectory_controller reads it: a zero header stamp starts it on receipt; an
/// empty trajectory (no points) stops the arm where it is.
/// </summary>
internal static class TrajectoryMessages
{
    /// <summary>The command for <paramref name="trajectory"/>, slowed to <paramref name="speedScale"/> of its speed.</summary>
    public static RosTrajectory ToMessage(JointTrajectory trajectory, double speedScale)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        if (!(speedScale is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(speedScale), speedScale, "The speed scale must be in (0, 1].");
        }

        var points = new RosPoint[trajectory.Points.Count];
        for (var i = 0; i < points.Length; i++)
        {
            var p = trajectory.Points[i];
            points[i] = new RosPoint
            {
                Positions = [.. p.Positions],
                Velocities = p.Velocities is { } v ? [.. v.Select(x => x * speedScale)] : [],
                TimeFromStart = ToDuration(p.TimeFromStart / speedScale),
            };
        }

        return new RosTrajectory { JointNames = [.. trajectory.JointNames], Points = points };
    }

    /// <summary>The empty trajectory: stop and hold.</summary>
    public static RosTrajectory Stop(IReadOnlyList<string> jointNames) => new() { JointNames = [.. jointNames], Points = [] };

    /// <summary>
    /// The hardware trajectory of a message, its joints put in <paramref name="armJoints"/>' order; null for
    /// the empty (stop) trajectory. Throws <see cref="ArgumentException"/> naming a joint the arm lacks.
    /// </summary>
    public static JointTrajectory? FromMessage(RosTrajectory message, IReadOnlyList<string> armJoints)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(armJoints);
        if (message.Points.Length == 0)
        {
            return null;
        }

        var order = new int[armJoints.Count];
        for (var j = 0; j < armJoints.Count; j++)
        {
            order[j] = Array.IndexOf(message.JointNames, armJoints[j]);
            if (order[j] < 0)
            {
                throw new ArgumentException($"The trajectory names joints [{string.Join(", ", message.JointNames)}]; the arm's joint '{armJoints[j]}' is missing.", nameof(message));
            }
        }

        var points = new List<JointTrajectoryPoint>(message.Points.Length);
        foreach (var p in message.Points)
        {
            var positions = order.Select(k => p.Positions[k]).ToArray();
            var velocities = p.Velocities.Length == message.JointNames.Length ? order.Select(k => p.Velocities[k]).ToArray() : null;
            points.Add(new JointTrajectoryPoint(positions, FromDuration(p.TimeFromStart), velocities));
        }

        return new JointTrajectory(armJoints, points);
    }

    private static Duration ToDuration(TimeSpan t)
    {
        var seconds = Math.DivRem(t.Ticks, TimeSpan.TicksPerSecond, out var rest);
        return new Duration { Sec = checked((int)seconds), Nanosec = (uint)(rest * 100) };
    }

    private static TimeSpan FromDuration(Duration d) => TimeSpan.FromTicks((d.Sec * TimeSpan.TicksPerSecond) + (d.Nanosec / 100));
}
