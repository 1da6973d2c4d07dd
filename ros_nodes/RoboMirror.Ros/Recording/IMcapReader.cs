namespace RoboMirror.Ros.Recording;

/// <summary>
/// Reads an MCAP file written by <see cref="IMcapWriter"/> (or any chunked or unchunked MCAP with
/// uncompressed, lz4 or zstd chunks), front to back, validating CRCs. Every problem throws
/// <see cref="McapFormatException"/> naming the file, the byte offset and what is wrong. Not thread-safe:
/// one enumeration at a time.
/// </summary>
public interface IMcapReader : IDisposable
{
    /// <summary>The file's path (or the description given for a stream).</summary>
    string FilePath { get; }

    McapHeader Header { get; }

    /// <summary>
    /// Null for a complete file; for a file opened with <see cref="McapReaderOptions.AllowTruncated"/> that
    /// has no footer, how it ends (e.g. "no footer: the file ends at byte 81920 inside a Chunk (0x06) record
    /// that starts at byte 73400 and needs 9001 bytes"). Found by walking the record headers on first use.
    /// </summary>
    string? Truncation { get; }

    /// <summary>The summary's statistics; null when the file has none (e.g. truncated).</summary>
    McapStatistics? Statistics { get; }

    /// <summary>Channels by id: from the summary, or (truncated files) from the readable part of the data section.</summary>
    IReadOnlyDictionary<ushort, McapChannel> Channels { get; }

    /// <summary>
    /// Messages in file order (for our files: chunk by chunk, in the order they were recorded), optionally
    /// only those on <paramref name="topics"/>. Each chunk is decompressed and CRC-checked before its
    /// messages are returned; the data section CRC is checked on reaching Data End.
    /// </summary>
    IEnumerable<McapMessage> ReadMessages(IReadOnlyCollection<string>? topics = null);

    /// <summary>Metadata records in file order (optionally only those named <paramref name="name"/>).</summary>
    IReadOnlyList<McapMetadata> ReadMetadata(string? name = null);

    /// <summary>Attachment records in file order, CRC-checked.</summary>
    IReadOnlyList<McapAttachment> ReadAttachments();
}
