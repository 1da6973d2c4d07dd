using RoboMirror.Ros.Messages;

namespace RoboMirror.Ros.Transport;

/// <summary>A topic as a transport sees it: the fully qualified ROS name (after remapping) and the type.</summary>
/// <param name="RosTopic">Fully qualified ROS topic, e.g. <c>/humans/bodies/tracked</c> (DDS: <c>rt/humans/bodies/tracked</c>).</param>
/// <param name="Type">The message type.</param>
public sealed record TopicDescription(string RosTopic, MessageTypeInfo Type);

/// <summary>The node an endpoint belongs to, for graph introspection (<c>ros2 node list</c>).</summary>
/// <param name="Namespace">Node namespace, e.g. <c>/</c> or <c>/robomirror</c>.</param>
/// <param name="Name">Node name, e.g. <c>turn_controller</c>.</param>
public sealed record NodeIdentity(string Namespace, string Name)
{
    /// <summary>The fully qualified node name, e.g. <c>/robomirror/turn_controller</c>.</summary>
    public string FullyQualifiedName => Namespace.EndsWith('/') ? Namespace + Name : Namespace + "/" + Name;
}
