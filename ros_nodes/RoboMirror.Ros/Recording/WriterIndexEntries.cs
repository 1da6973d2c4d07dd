namespace RoboMirror.Ros.Recording;

/// <summary>A schema the writer has declared (kept for the summary).</summary>
internal sealed record WrittenSchema(ushort Id, string Name, byte[] Data);

/// <summary>A channel the writer has declared, with its per-chunk message index (reused chunk after chunk).</summary>
internal sealed class WrittenChannel(ushort id, ushort schemaId, string topic, string typeName, IReadOnlyDictionary<string, string> metadata)
{
    public ushort Id { get; } = id;

    public ushort SchemaId { get; } = schemaId;

    public string Topic { get; } = topic;

    public string TypeName { get; } = typeName;

    public IReadOnlyDictionary<string, string> Metadata { get; } = metadata;

    public ulong MessageCount { get; set; }

    public uint NextSequence { get; set; }

    /// <summary>Log time and offset in the chunk's records of each message in the open chunk.</summary>
    public List<(ulong LogTime, ulong Offset)> ChunkEntries { get; } = [];
}

/// <summary>Where a written chunk and its message indexes are (one per chunk; becomes a Chunk Index record).</summary>
internal sealed record ChunkIndexEntry(
    ulong MessageStartTime,
    ulong MessageEndTime,
    ulong ChunkStartOffset,
    ulong ChunkLength,
    (ushort ChannelId, ulong Offset)[] MessageIndexOffsets,
    ulong MessageIndexLength,
    ulong CompressedSize,
    ulong UncompressedSize);

/// <summary>Where a Metadata or Attachment record is (becomes a Metadata Index or Attachment Index record).</summary>
internal sealed record RecordIndexEntry(ulong Offset, ulong Length, string Name, ulong LogTime = 0, ulong CreateTime = 0, ulong DataSize = 0, string MediaType = "");
