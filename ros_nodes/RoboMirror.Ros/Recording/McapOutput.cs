using System.IO.Hashing;

namespace RoboMirror.Ros.Recording;

/// <summary>
/// The writer's view of its output: counts the file position (the writer never seeks) and keeps a running
/// CRC32 that the writer reads as the data section CRC and, after a reset, as the summary CRC.
/// </summary>
internal sealed class McapOutput(Stream stream)
{
    private readonly Crc32 _crc = new();

    public long Position { get; private set; }

    public uint Crc => _crc.GetCurrentHashAsUInt32();

    public void Write(ReadOnlySpan<byte> bytes)
    {
        stream.Write(bytes);
        _crc.Append(bytes);
        Position += bytes.Length;
    }

    public void ResetCrc() => _crc.Reset();

    /// <summary>Hands buffered bytes to the operating system (a killed process keeps them); with <paramref name="toDisk"/>, also fsyncs.</summary>
    public void Flush(bool toDisk)
    {
        stream.Flush();
        if (toDisk && stream is FileStream file)
        {
            file.Flush(flushToDisk: true);
        }
    }
}
