namespace RoboMirror.Ros.Messages;

/// <summary>
/// The names a ROS 2 message type goes by.
/// </summary>
/// <param name="RosName">ROS name, e.g. <c>std_msgs/msg/String</c>.</param>
/// <param name="DdsName">DDS type name as rmw_cyclonedds registers it, e.g. <c>std_msgs::msg::dds_::String_</c>.</param>
/// <param name="TypeHash">REP-2011 type hash, e.g. <c>RIHS01_df668c74…</c>.</param>
/// <param name="Definition">The <c>.msg</c> text with its dependencies appended as MCAP's <c>ros2msg</c> schema encoding wants them.</param>
public sealed record MessageTypeInfo(string RosName, string DdsName, string TypeHash, string Definition)
{
    /// <summary>Package of the type, e.g. <c>std_msgs</c>.</summary>
    public string Package => RosName[..RosName.IndexOf('/', StringComparison.Ordinal)];

    /// <summary>Short name of the type, e.g. <c>String</c>.</summary>
    public string ShortName => RosName[(RosName.LastIndexOf('/') + 1)..];
}
