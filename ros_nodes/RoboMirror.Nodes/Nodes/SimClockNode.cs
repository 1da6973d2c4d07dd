using RoboMirror.Ros;
using ClockMessage = RoboMirror.Ros.Messages.RosgraphMsgs.Clock;

namespace RoboMirror.Nodes.Nodes;

/// <summary>
/// Publishes the simulation's time on /clock (rosgraph_msgs/Clock), so that nodes in other processes with
/// <c>use_sim_time:=true</c> follow the session clock, as Gazebo's clock does.
/// </summary>
internal sealed class SimClockNode : IDisposable
{
    /// <summary>The node's name.</summary>
    public const string NodeName = "sim_clock";

    private readonly IPublisher<ClockMessage> _clock;
    private readonly ClockMessage _message = new();

    public SimClockNode(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _clock = node.CreatePublisher<ClockMessage>(SessionTopics.Clock, SessionTopics.ClockQos);
    }

    /// <summary>Publishes session time <paramref name="now"/>.</summary>
    public void Publish(TimeSpan now)
    {
        _message.ClockValue = SessionTime.Stamp(now);
        _clock.Publish(_message);
    }

    public void Dispose() => _clock.Dispose();
}
