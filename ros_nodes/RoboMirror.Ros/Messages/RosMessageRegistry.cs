using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace RoboMirror.Ros.Messages;

/// <summary>
/// Every message type generated from ros_nodes/msg, looked up by ROS name (<c>std_msgs/msg/String</c>, or
/// the short <c>std_msgs/String</c> that ros2 command lines accept) or by DDS type name
/// (<c>std_msgs::msg::dds_::String_</c>, as discovery reports it).
/// </summary>
public static class RosMessageRegistry
{
    private static readonly FrozenDictionary<string, RosMessageType> ByRosName =
        GeneratedMessageTypes.All().ToFrozenDictionary(t => t.TypeInfo.RosName, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, RosMessageType> ByDdsName =
        GeneratedMessageTypes.All().ToFrozenDictionary(t => t.TypeInfo.DdsName, StringComparer.Ordinal);

    /// <summary>All known types, sorted by ROS name.</summary>
    public static IReadOnlyList<RosMessageType> All { get; } = [.. ByRosName.Values.OrderBy(t => t.TypeInfo.RosName, StringComparer.Ordinal)];

    /// <summary>Finds a type by <c>pkg/msg/Name</c> or <c>pkg/Name</c>.</summary>
    public static bool TryGet(string rosName, [NotNullWhen(true)] out RosMessageType? type)
    {
        ArgumentNullException.ThrowIfNull(rosName);
        var parts = rosName.Split('/');
        var full = parts.Length == 2 ? $"{parts[0]}/msg/{parts[1]}" : rosName;
        return ByRosName.TryGetValue(full, out type);
    }

    /// <summary>Finds a type by ROS name; throws <see cref="KeyNotFoundException"/> listing the known types when there is none.</summary>
    public static RosMessageType Get(string rosName) => TryGet(rosName, out var type)
        ? type
        : throw new KeyNotFoundException($"message type '{rosName}' is not known to RoboMirror; known types: {string.Join(", ", All.Select(t => t.TypeInfo.RosName))}. Add a .msg file under ros_nodes/msg/<package>/msg/ to support another.");

    /// <summary>Finds a type by its DDS type name, e.g. <c>sensor_msgs::msg::dds_::JointState_</c>.</summary>
    public static bool TryGetByDdsName(string ddsName, [NotNullWhen(true)] out RosMessageType? type)
    {
        ArgumentNullException.ThrowIfNull(ddsName);
        return ByDdsName.TryGetValue(ddsName, out type);
    }
}
