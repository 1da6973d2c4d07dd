namespace RoboMirror.Ros.Recording;

/// <summary>
/// An MCAP file that cannot be read as written: names the file, the byte offset in the file and the
/// problem, e.g. <c>run.mcap: at byte 1234: chunk CRC is 0x1A2B3C4D, the chunk says 0x00FF00FF</c>.
/// </summary>
public sealed class McapFormatException : FormatException
{
    public McapFormatException(string filePath, long offset, string problem)
        : base($"{filePath}: at byte {offset}: {problem}")
    {
        FilePath = filePath;
        Offset = offset;
        Problem = problem;
    }

    public McapFormatException()
    {
        FilePath = string.Empty;
        Problem = string.Empty;
    }

    public McapFormatException(string message)
        : base(message)
    {
        FilePath = string.Empty;
        Problem = message;
    }

    public McapFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = string.Empty;
        Problem = message;
    }

    /// <summary>The file (or stream description) being read.</summary>
    public string FilePath { get; }

    /// <summary>Byte offset in the file where the problem is (for a record inside a chunk: the chunk's offset).</summary>
    public long Offset { get; }

    /// <summary>The problem, without file and offset.</summary>
    public string Problem { get; }
}
