using ZstdSharp;

namespace RoboMirror.Ros.Recording;

/// <summary>Decompresses a chunk's records for the reader: <c>""</c>, <c>lz4</c> (frame format) or <c>zstd</c>.</summary>
internal sealed class ChunkDecompressor : IDisposable
{
    /// <summary>LZ4 cannot expand data more than about 255 times (one length byte adds at most 255 bytes).</summary>
    private const ulong Lz4MaximumRatio = 256;

    /// <summary>Zstandard's densest form, an RLE block, turns 4 bytes into at most 128 KiB.</summary>
    private const ulong ZstdMaximumRatio = 32 * 1024;

    private Decompressor? _zstd;

    /// <summary>
    /// Checks a chunk's stated uncompressed size against what its compressed bytes could possibly hold,
    /// before anything is allocated, so a corrupt size field cannot make the reader allocate gigabytes.
    /// </summary>
    public static string? CheckPlausibleSize(string compression, int compressedLength, ulong uncompressedSize)
    {
        var limit = compression switch
        {
            "" => (ulong)compressedLength,
            McapConstants.Lz4 => (ulong)compressedLength * Lz4MaximumRatio,
            McapConstants.Zstd => (ulong)compressedLength * ZstdMaximumRatio,
            _ => (ulong?)null,
        };
        if (limit is null)
        {
            return UnsupportedCompression(compression);
        }

        return uncompressedSize <= limit
            ? null
            : $"uncompressed size {uncompressedSize} is impossible for {compressedLength} bytes of '{compression}' data (at most {limit})";
    }

    /// <summary>
    /// Decompresses <paramref name="compressed"/> into exactly <paramref name="destination"/>; returns null
    /// on success or the problem (unknown compression, corrupt data, wrong size).
    /// </summary>
    public string? TryDecompress(string compression, ReadOnlySpan<byte> compressed, Span<byte> destination)
    {
        switch (compression)
        {
            case "":
                if (compressed.Length != destination.Length)
                {
                    return $"uncompressed chunk holds {compressed.Length} bytes of records, its uncompressed size says {destination.Length}";
                }

                compressed.CopyTo(destination);
                return null;
            case McapConstants.Lz4:
                return Lz4Frame.TryDecompress(compressed, destination);
            case McapConstants.Zstd:
                return TryZstd(compressed, destination);
            default:
                return UnsupportedCompression(compression);
        }
    }

    public void Dispose() => _zstd?.Dispose();

    private static string UnsupportedCompression(string compression) =>
        $"chunk compression '{compression}' is not supported (expected '', 'lz4' or 'zstd')";

    private string? TryZstd(ReadOnlySpan<byte> compressed, Span<byte> destination)
    {
        _zstd ??= new Decompressor();
        int produced;
        try
        {
            produced = _zstd.Unwrap(compressed, destination);
        }
        catch (ZstdException e)
        {
            return $"zstd data is corrupt or larger than the chunk's {destination.Length} bytes: {e.Message}";
        }

        return produced == destination.Length ? null : $"zstd data decompresses to {produced} bytes, the chunk says {destination.Length}";
    }
}
