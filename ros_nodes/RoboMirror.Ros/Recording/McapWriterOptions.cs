namespace RoboMirror.Ros.Recording;

/// <summary>
/// How an MCAP recording is written. Defaults suit a session recorder: zstd chunks of at most 1 MiB or
/// 1 s of log time (whichever closes a chunk first), each written through to the operating system as it
/// closes, so a killed recorder loses at most the open chunk.
/// </summary>
public sealed record McapWriterOptions
{
    /// <summary>Smallest allowed <see cref="ChunkSize"/>.</summary>
    public const int MinimumChunkSize = 1024;

    /// <summary>Largest allowed <see cref="ChunkSize"/>.</summary>
    public const int MaximumChunkSize = 256 * 1024 * 1024;

    /// <summary>Defaults: zstd, 1 MiB, 1 s.</summary>
    public static McapWriterOptions Default { get; } = new();

    /// <summary>Compression of the records inside each chunk. Default <see cref="McapCompression.Zstd"/>.</summary>
    public McapCompression Compression { get; init; } = McapCompression.Zstd;

    /// <summary>
    /// A chunk is closed and written once its uncompressed records reach this many bytes. Default 1 MiB;
    /// between <see cref="MinimumChunkSize"/> and <see cref="MaximumChunkSize"/>. The writer's memory is
    /// about twice this (records and their compressed form) plus the largest single message.
    /// </summary>
    public int ChunkSize { get; init; } = 1024 * 1024;

    /// <summary>
    /// A chunk is also closed before a message whose log time is this far past the chunk's first message,
    /// which bounds what a crash can lose in time as well as in bytes. Default 1 s; null: size only.
    /// </summary>
    public TimeSpan? ChunkDuration { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Also fsync the file after each chunk (and each metadata or attachment record), so that a power
    /// loss, not only a killed process, keeps every closed chunk. Default false.
    /// </summary>
    public bool SyncToDisk { get; init; }

    /// <summary>The header's <c>library</c> field. Default <c>RoboMirror &lt;version&gt;</c>.</summary>
    public string Library { get; init; } = $"RoboMirror {typeof(McapWriterOptions).Assembly.GetName().Version?.ToString(3) ?? "0"}";

    /// <summary>Checks every option and throws one <see cref="ArgumentException"/> listing all problems.</summary>
    public McapWriterOptions Validate()
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(Compression))
        {
            errors.Add($"Compression is {(int)Compression}: not a McapCompression value");
        }

        if (ChunkSize is < MinimumChunkSize or > MaximumChunkSize)
        {
            errors.Add($"ChunkSize is {ChunkSize}: must be between {MinimumChunkSize} and {MaximumChunkSize} bytes");
        }

        if (ChunkDuration is { } duration && duration <= TimeSpan.Zero)
        {
            errors.Add($"ChunkDuration is {duration}: must be positive, or null to close chunks by size only");
        }

        if (Library is null)
        {
            errors.Add("Library is null: must be a string (it may be empty)");
        }

        return errors.Count == 0
            ? this
            : throw new ArgumentException($"The 'McapWriterOptions' are invalid. Validation errors: {string.Join("; ", errors)}.");
    }
}
