using RoboMirror.Ros.Clocks;
using RoboMirror.Ros.Qos;
using ClockMessage = RoboMirror.Ros.Messages.RosgraphMsgs.Clock;

namespace RoboMirror.Ros;

/// <summary>The node's clock: wall time from the context, or ROS time from <c>/clock</c> with <c>use_sim_time</c>.</summary>
internal sealed partial class Node
{
    /// <summary>The parameter every ROS 2 node declares to follow <c>/clock</c>.</summary>
    public const string UseSimTimeParameter = "use_sim_time";

    /// <summary>The topic simulators publish ROS time on.</summary>
    public const string ClockTopic = "/clock";

    /// <summary>rclcpp's ClockQoS: keep-last 1, best effort (matches reliable and best-effort publishers alike).</summary>
    public static readonly QosProfile ClockQos = QosProfile.SensorData.WithKeepLast(1);

    public bool UsesSimTime { get; private set; }

    private TimeProvider SetUpClock()
    {
        UsesSimTime = DeclareParameter(UseSimTimeParameter, false);
        if (!UsesSimTime)
        {
            return _context.TimeProvider;
        }

        // The /clock callback runs on the spinning thread like any other, so sim-time timers fire there too.
        var simTime = new SimTimeProvider();
        Subscribe<ClockMessage>(ClockTopic, message => simTime.Update(RosTime.ToDateTimeOffset(message.ClockValue)), ClockQos);
        return simTime;
    }
}
