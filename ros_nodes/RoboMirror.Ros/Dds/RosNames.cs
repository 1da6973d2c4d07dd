namespace RoboMirror.Ros.Dds;

/// <summary>
/// ROS 2 names as rmw_cyclonedds puts them on DDS: topic <c>/x</c> is <c>rt/x</c>; type
/// <c>pkg/msg/Name</c> is <c>pkg::msg::dds_::Name_</c>.
/// </summary>
internal static class RosNames
{
    public const string TopicPrefix = "rt";

    /// <summary><c>/chatter</c> → <c>rt/chatter</c>.</summary>
    public static string ToDdsTopic(string rosTopic)
    {
        ArgumentException.ThrowIfNullOrEmpty(rosTopic);
        if (rosTopic[0] != '/')
        {
            throw new ArgumentException($"ROS topic '{rosTopic}' is not fully qualified: it must start with '/'.", nameof(rosTopic));
        }

        return TopicPrefix + rosTopic;
    }

    /// <summary><c>rt/chatter</c> → <c>/chatter</c>; null for DDS topics that are not ROS topics.</summary>
    public static string? FromDdsTopic(string ddsTopic) =>
        ddsTopic.StartsWith(TopicPrefix + "/", StringComparison.Ordinal) && ddsTopic.Length > TopicPrefix.Length + 1
            ? ddsTopic[TopicPrefix.Length..]
            : null;

    /// <summary><c>std_msgs/msg/String</c> → <c>std_msgs::msg::dds_::String_</c>.</summary>
    public static string ToDdsType(string rosType)
    {
        var parts = rosType.Split('/');
        if (parts.Length != 3 || parts.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException($"ROS type '{rosType}' is not of the form package/msg/Name.", nameof(rosType));
        }

        return $"{parts[0]}::{parts[1]}::dds_::{parts[2]}_";
    }

    /// <summary><c>pkg::msg::dds_::Name_</c> → <c>pkg/msg/Name</c>; other DDS type names are returned unchanged.</summary>
    public static string FromDdsType(string ddsType)
    {
        var parts = ddsType.Split("::");
        if (parts.Length == 4 && parts[2] == "dds_" && parts[3].Length > 1 && parts[3][^1] == '_')
        {
            return $"{parts[0]}/{parts[1]}/{parts[3][..^1]}";
        }

        return ddsType;
    }
}
