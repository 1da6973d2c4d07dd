using System.Buffers.Binary;
using System.IO.Hashing;
using K4os.Compression.LZ4;

namespace RoboMirror.Ros.Recording;

/// <summary>
/// The LZ4 frame format (lz4_Frame_format.md), which MCAP's <c>lz4</c> chunk compression means, built on
/// K4os's block codec: the frame header's checksum byte is xxHash32 from System.IO.Hashing. Writing uses
/// independent 4 MiB blocks without checksums (the chunk CRC covers the data); reading accepts any
/// frame a conforming encoder makes: linked or independent blocks, block and content checksums,
/// content size, concatenated frames.
/// </summary>
internal static class Lz4Frame
{
    private const uint FrameMagic = 0x184D2204;
    private const uint SkippableMagicMask = 0xFFFFFFF0;
    private const uint SkippableMagic = 0x184D2A50;
    private const int BlockSize = 4 * 1024 * 1024;
    private const byte BlockMaxSizeId4Mb = 7;
    private const uint UncompressedBlockFlag = 0x8000_0000;
    private const int HeaderLength = 7;

    /// <summary>Largest frame <see cref="Compress"/> can produce for <paramref name="length"/> input bytes.</summary>
    public static int MaximumFrameLength(int length)
    {
        var blocks = Math.Max(1, (length + BlockSize - 1) / BlockSize);
        return HeaderLength + (blocks * 4) + length + (blocks * (LZ4Codec.MaximumOutputSize(BlockSize) - BlockSize)) + 4;
    }

    /// <summary>Compresses <paramref name="source"/> into one frame; returns the frame length.</summary>
    public static int Compress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(destination, FrameMagic);
        // FLG: version 01, independent blocks, no block checksum, no content size, no content checksum.
        destination[4] = 0b0110_0000;
        destination[5] = BlockMaxSizeId4Mb << 4;
        destination[6] = HeaderChecksum(destination.Slice(4, 2));
        var position = HeaderLength;
        for (var offset = 0; offset < source.Length; offset += BlockSize)
        {
            var block = source.Slice(offset, Math.Min(BlockSize, source.Length - offset));
            var target = destination[(position + 4)..];
            var encoded = LZ4Codec.Encode(block, target[..Math.Min(target.Length, block.Length - 1)], LZ4Level.L00_FAST);
            if (encoded > 0)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(destination[position..], (uint)encoded);
            }
            else
            {
                // Incompressible (the encoder gave up inside block.Length - 1 bytes): store it raw.
                block.CopyTo(target);
                encoded = block.Length;
                BinaryPrimitives.WriteUInt32LittleEndian(destination[position..], (uint)encoded | UncompressedBlockFlag);
            }

            position += 4 + encoded;
        }

        BinaryPrimitives.WriteUInt32LittleEndian(destination[position..], 0);
        return position + 4;
    }

    /// <summary>
    /// Decompresses one or more frames into exactly <paramref name="destination"/>; returns null on
    /// success or a description of the problem.
    /// </summary>
    public static string? TryDecompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var input = 0;
        var output = 0;
        while (input < source.Length)
        {
            if (source.Length - input < 4)
            {
                return $"{source.Length - input} stray bytes after the last LZ4 frame";
            }

            var magic = BinaryPrimitives.ReadUInt32LittleEndian(source[input..]);
            if ((magic & SkippableMagicMask) == SkippableMagic)
            {
                if (source.Length - input < 8)
                {
                    return "skippable LZ4 frame cut off";
                }

                var skip = BinaryPrimitives.ReadUInt32LittleEndian(source[(input + 4)..]);
                if (skip > (uint)(source.Length - input - 8))
                {
                    return $"skippable LZ4 frame of {skip} bytes runs past the data";
                }

                input += 8 + (int)skip;
                continue;
            }

            if (magic != FrameMagic)
            {
                return $"LZ4 frame magic is 0x{magic:X8} at byte {input} (expected 0x{FrameMagic:X8})";
            }

            var error = DecompressFrame(source, ref input, destination, ref output);
            if (error is not null)
            {
                return error;
            }
        }

        return output == destination.Length ? null : $"LZ4 data decompresses to {output} bytes, the chunk says {destination.Length}";
    }

    private static string? DecompressFrame(ReadOnlySpan<byte> source, ref int input, Span<byte> destination, ref int output)
    {
        if (source.Length - input < HeaderLength)
        {
            return "LZ4 frame header cut off";
        }

        var flags = source[input + 4];
        if (flags >> 6 != 0b01)
        {
            return $"LZ4 frame version bits are {flags >> 6} (expected 1)";
        }

        var independent = (flags & 0x20) != 0;
        var blockChecksums = (flags & 0x10) != 0;
        var hasContentSize = (flags & 0x08) != 0;
        var contentChecksum = (flags & 0x04) != 0;
        if ((flags & 0x01) != 0)
        {
            return "LZ4 frame uses a dictionary ID, which MCAP chunks never need";
        }

        var headerLength = HeaderLength + (hasContentSize ? 8 : 0);
        if (source.Length - input < headerLength)
        {
            return "LZ4 frame header cut off";
        }

        var descriptor = source.Slice(input + 4, headerLength - 5);
        if (source[input + headerLength - 1] != HeaderChecksum(descriptor))
        {
            return $"LZ4 frame header checksum mismatch at byte {input}";
        }

        var frameStart = output;
        input += headerLength;
        while (true)
        {
            if (source.Length - input < 4)
            {
                return "LZ4 block size cut off";
            }

            var word = BinaryPrimitives.ReadUInt32LittleEndian(source[input..]);
            input += 4;
            if (word == 0)
            {
                break;
            }

            var size = (int)(word & ~UncompressedBlockFlag);
            if (size > source.Length - input - (blockChecksums ? 4 : 0))
            {
                return $"LZ4 block of {size} bytes runs past the data";
            }

            var block = source.Slice(input, size);
            var target = destination[output..];
            int produced;
            if ((word & UncompressedBlockFlag) != 0)
            {
                if (size > target.Length)
                {
                    return $"LZ4 data decompresses to more than the chunk's {destination.Length} bytes";
                }

                block.CopyTo(target);
                produced = size;
            }
            else
            {
                var dictionary = independent ? default : destination[Math.Max(frameStart, output - 65536)..output];
                produced = LZ4Codec.Decode(block, target, dictionary);
                if (produced < 0)
                {
                    return $"LZ4 block at byte {input} is corrupt or decompresses to more than the chunk's {destination.Length} bytes";
                }
            }

            input += size + (blockChecksums ? 4 : 0);
            output += produced;
        }

        if (contentChecksum)
        {
            if (source.Length - input < 4)
            {
                return "LZ4 content checksum cut off";
            }

            var expected = BinaryPrimitives.ReadUInt32LittleEndian(source[input..]);
            if (XxHash32.HashToUInt32(destination[frameStart..output]) != expected)
            {
                return "LZ4 content checksum mismatch";
            }

            input += 4;
        }

        return null;
    }

    private static byte HeaderChecksum(ReadOnlySpan<byte> descriptor) => (byte)(XxHash32.HashToUInt32(descriptor) >> 8);
}
