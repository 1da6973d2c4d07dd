using RoboMirror.Ros.Qos;

namespace RoboMirror.Ros.Transport;

/// <summary>An endpoint seen on the network or in the process.</summary>
/// <param name="RosTopic">ROS topic name, e.g. <c>/chatter</c>.</param>
/// <param name="RosType">ROS type name, e.g. <c>std_msgs/msg/String</c>.</param>
/// <param name="IsWriter">True for a publisher, false for a subscription.</param>
/// <param name="Node">The owning node when known (ROS 2 peers publish it on <c>ros_discovery_info</c>).</param>
/// <param name="Qos">The endpoint's QoS as discovered.</param>
/// <param name="Gid">Global id of the endpoint.</param>
public sealed record DiscoveredEndpoint(string RosTopic, string RosType, bool IsWriter, NodeIdentity? Node, QosProfile Qos, ReadOnlyMemory<byte> Gid);

/// <summary>Graph introspection, as <c>ros2 topic list/info</c> and <c>ros2 node list</c> need it.</summary>
public interface ITransportGraph
{
    /// <summary>Every endpoint currently known, local ones included.</summary>
    IReadOnlyList<DiscoveredEndpoint> Endpoints();

    /// <summary>Every node currently known, local ones included.</summary>
    IReadOnlyList<NodeIdentity> Nodes();
}
