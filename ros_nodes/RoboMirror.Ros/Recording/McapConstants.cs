namespace RoboMirror.Ros.Recording;

/// <summary>Fixed values of the MCAP format and of its <c>ros2</c> profile.</summary>
internal static class McapConstants
{
    /// <summary>Magic bytes at both ends of a file: <c>0x89 M C A P 0 \r \n</c> (major version 0).</summary>
    public static ReadOnlySpan<byte> Magic => [0x89, (byte)'M', (byte)'C', (byte)'A', (byte)'P', (byte)'0', (byte)'\r', (byte)'\n'];

    public const int MagicLength = 8;

    /// <summary>Opcode (u8) and content length (u64) in front of every record.</summary>
    public const int RecordPrefixLength = 9;

    /// <summary>Content length of the Footer: summary start, summary offset start, summary CRC.</summary>
    public const int FooterContentLength = 8 + 8 + 4;

    /// <summary>Content length of Data End: the data section CRC.</summary>
    public const int DataEndContentLength = 4;

    public const string Ros2Profile = "ros2";

    public const string CdrMessageEncoding = "cdr";

    public const string Ros2MsgSchemaEncoding = "ros2msg";

    /// <summary>Channel metadata key that the <c>ros2</c> profile requires (rosbag2's QoS YAML).</summary>
    public const string OfferedQosProfilesKey = "offered_qos_profiles";

    /// <summary>Channel metadata key rosbag2 (Jazzy and later) reads for the REP-2011 type hash.</summary>
    public const string TopicTypeHashKey = "topic_type_hash";

    public const string Lz4 = "lz4";

    public const string Zstd = "zstd";
}
