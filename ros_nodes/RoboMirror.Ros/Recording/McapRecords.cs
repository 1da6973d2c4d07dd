namespace RoboMirror.Ros.Recording;

/// <summary>The Header record: profile (<c>ros2</c> for ours) and the writing library.</summary>
public sealed record McapHeader(string Profile, string Library);

/// <summary>A Schema record: for the <c>ros2</c> profile, name <c>pkg/msg/Type</c>, encoding <c>ros2msg</c>, data the <c>.msg</c> text with dependencies.</summary>
public sealed record McapSchema(ushort Id, string Name, string Encoding, ReadOnlyMemory<byte> Data)
{
    /// <summary>The data as UTF-8 text (what a <c>ros2msg</c> schema is).</summary>
    public string Text => System.Text.Encoding.UTF8.GetString(Data.Span);
}

/// <summary>A Channel record: a topic, its message encoding (<c>cdr</c>), its schema and metadata (<c>offered_qos_profiles</c>).</summary>
public sealed record McapChannel(ushort Id, string Topic, string MessageEncoding, McapSchema? Schema, IReadOnlyDictionary<string, string> Metadata);

/// <summary>
/// One message. <see cref="Data"/> is the serialized payload (for <c>cdr</c>: XCDR1 with its encapsulation
/// header); it stays valid after the enumeration moves on.
/// </summary>
public sealed record McapMessage(McapChannel Channel, uint Sequence, ulong LogTime, ulong PublishTime, ReadOnlyMemory<byte> Data);

/// <summary>A Metadata record: a name and string pairs (e.g. the study's participant and condition).</summary>
public sealed record McapMetadata(string Name, IReadOnlyDictionary<string, string> Values);

/// <summary>An Attachment record (its CRC already checked).</summary>
public sealed record McapAttachment(string Name, string MediaType, ulong LogTime, ulong CreateTime, ReadOnlyMemory<byte> Data);

/// <summary>The Statistics record of a complete file's summary.</summary>
public sealed record McapStatistics(
    ulong MessageCount,
    ushort SchemaCount,
    uint ChannelCount,
    uint AttachmentCount,
    uint MetadataCount,
    uint ChunkCount,
    ulong MessageStartTime,
    ulong MessageEndTime,
    IReadOnlyDictionary<ushort, ulong> ChannelMessageCounts);
