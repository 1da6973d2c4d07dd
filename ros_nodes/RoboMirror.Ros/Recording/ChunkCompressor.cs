using ZstdSharp;

namespace RoboMirror.Ros.Recording;

/// <summary>
/// Compresses the records of one chunk at a time into a reused output buffer (grown to the largest chunk
/// seen, never shrunk), so steady-state chunk writing allocates nothing.
/// </summary>
internal sealed class ChunkCompressor : IDisposable
{
    private const int ZstdLevel = 3;
    private readonly Compressor? _zstd;
    private byte[] _output = [];

    public ChunkCompressor(McapCompression compression)
    {
        Compression = compression;
        Name = compression switch
        {
            McapCompression.None => string.Empty,
            McapCompression.Lz4 => McapConstants.Lz4,
            McapCompression.Zstd => McapConstants.Zstd,
            _ => throw new ArgumentOutOfRangeException(nameof(compression), compression, "Unknown MCAP chunk compression."),
        };
        _zstd = compression == McapCompression.Zstd ? new Compressor(ZstdLevel) : null;
    }

    public McapCompression Compression { get; }

    /// <summary>The chunk record's <c>compression</c> field: <c>""</c>, <c>lz4</c> or <c>zstd</c>.</summary>
    public string Name { get; }

    /// <summary>Returns the compressed form of <paramref name="records"/> (the input itself when uncompressed).</summary>
    public ReadOnlySpan<byte> Compress(ReadOnlySpan<byte> records)
    {
        switch (Compression)
        {
            case McapCompression.Lz4:
                EnsureCapacity(Lz4Frame.MaximumFrameLength(records.Length));
                return _output.AsSpan(0, Lz4Frame.Compress(records, _output));
            case McapCompression.Zstd:
                EnsureCapacity(Compressor.GetCompressBound(records.Length));
                return _output.AsSpan(0, _zstd!.Wrap(records, _output));
            default:
                return records;
        }
    }

    public void Dispose() => _zstd?.Dispose();

    private void EnsureCapacity(int length)
    {
        if (_output.Length < length)
        {
            _output = new byte[length];
        }
    }
}
