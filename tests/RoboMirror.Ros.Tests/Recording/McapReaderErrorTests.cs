using System.Buffers.Binary;
using RoboMirror.Ros.Recording;

namespace RoboMirror.Ros.Tests.Recording;

public sealed class McapReaderErrorTests
{
    [Fact]
    public void Open_NotAnMcapFile_NamesFileAndOffsetZero()
    {
        using var stream = new MemoryStream("PK\x03\x04 not an mcap file at all"u8.ToArray());

        var error = Assert.Throws<McapFormatException>(() => McapReader.Open(stream, "notes.zip"));

        Assert.Equal("notes.zip", error.FilePath);
        Assert.Equal(0, error.Offset);
        Assert.StartsWith("notes.zip: at byte 0: not an MCAP file", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(McapCompression.None)]
    [InlineData(McapCompression.Lz4)]
    [InlineData(McapCompression.Zstd)]
    public void ReadMessages_ByteFlippedInsideAChunk_ThrowsNamingTheChunkOffset(McapCompression compression)
    {
        var (bytes, chunkOffset, chunkLength) = RecordingWithOneChunk(compression);
        bytes[chunkOffset + (chunkLength / 2)] ^= 0x5A;
        using var reader = McapReader.Open(new MemoryStream(bytes), "session.mcap");

        var error = Assert.Throws<McapFormatException>(() => reader.ReadMessages().ToList());

        Assert.Equal(chunkOffset, error.Offset);
        Assert.StartsWith("Chunk record: ", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadMessages_ByteFlippedInAMessageIndex_DataSectionCrcCatchesIt()
    {
        var (bytes, chunkOffset, chunkLength) = RecordingWithOneChunk(McapCompression.Zstd);
        var messageIndexOffset = chunkOffset + chunkLength;
        Assert.Equal(0x07, bytes[messageIndexOffset]);
        bytes[messageIndexOffset + 20] ^= 0x01;
        using var reader = McapReader.Open(new MemoryStream(bytes), "session.mcap");

        var error = Assert.Throws<McapFormatException>(() => reader.ReadMessages().ToList());

        Assert.Contains("data section CRC", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadMessages_ChunkClaimsAHugeUncompressedSize_RefusesBeforeAllocating()
    {
        var (bytes, chunkOffset, _) = RecordingWithOneChunk(McapCompression.Lz4);
        // Chunk content: message_start_time, message_end_time, then uncompressed_size.
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(chunkOffset + 9 + 16), 1UL << 40);
        using var reader = McapReader.Open(new MemoryStream(bytes), "session.mcap");

        var error = Assert.Throws<McapFormatException>(() => reader.ReadMessages().ToList());

        Assert.Equal(chunkOffset, error.Offset);
        Assert.Contains("uncompressed size 1099511627776 is impossible", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadMessages_UnknownChunkCompression_NamesIt()
    {
        var (bytes, chunkOffset, _) = RecordingWithOneChunk(McapCompression.Zstd);
        // After the three u64 times/size and the u32 CRC comes the compression string "zstd".
        var name = chunkOffset + 9 + 24 + 4 + 4;
        Assert.Equal("zstd"u8.ToArray(), bytes.AsSpan(name, 4).ToArray());
        bytes[name + 2] = (byte)'x';
        using var reader = McapReader.Open(new MemoryStream(bytes), "session.mcap");

        var error = Assert.Throws<McapFormatException>(() => reader.ReadMessages().ToList());

        Assert.Equal("Chunk record: chunk compression 'zsxd' is not supported (expected '', 'lz4' or 'zstd')", error.Problem);
    }

    [Fact]
    public void Open_ByteFlippedInTheSummary_SummaryCrcCatchesIt()
    {
        var (bytes, _, _) = RecordingWithOneChunk(McapCompression.Lz4);
        var summaryStart = (int)BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(bytes.Length - 8 - 29 + 9));
        bytes[summaryStart + 12] ^= 0x20;

        var error = Assert.Throws<McapFormatException>(() => McapReader.Open(new MemoryStream(bytes), "session.mcap"));

        Assert.Contains("summary CRC", error.Problem, StringComparison.Ordinal);
        Assert.Equal(bytes.Length - 8 - 29, error.Offset);
    }

    [Fact]
    public void Open_FileCutOff_ThrowsSayingHowToRecover()
    {
        var (bytes, chunkOffset, _) = RecordingWithOneChunk(McapCompression.Zstd);
        var cut = bytes.AsSpan(0, chunkOffset + 100).ToArray();

        var error = Assert.Throws<McapFormatException>(() => McapReader.Open(new MemoryStream(cut), "killed.mcap"));

        Assert.Equal(cut.Length, error.Offset);
        Assert.Contains("AllowTruncated = true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadMessages_CutOffInsideTheSecondChunk_RecoversTheFirstChunkOnly()
    {
        using var stream = new MemoryStream();
        using (var writer = McapWriter.Create(stream, new McapWriterOptions { Compression = McapCompression.Lz4 }, leaveOpen: true))
        {
            var channel = writer.AddChannel("/chatter", TestTypes.String, Ros.Qos.QosProfile.Default);
            for (var i = 0; i < 10; i++)
            {
                writer.WriteMessage(channel, (ulong)i, (ulong)i, TestPayloads.String($"message {i}").Payload);
                if (i == 5)
                {
                    writer.Flush();
                }
            }
        }

        var firstChunkEnd = FindRecords(stream.ToArray(), 0x06).Select(r => r.Offset).ElementAt(1);
        var cut = stream.ToArray().AsSpan(0, firstChunkEnd + 40).ToArray();
        using var reader = McapReader.Open(new MemoryStream(cut), "killed.mcap", new McapReaderOptions { AllowTruncated = true });

        Assert.Equal([0u, 1u, 2u, 3u, 4u, 5u], reader.ReadMessages().Select(m => m.Sequence));
        Assert.StartsWith($"no footer: the file ends at byte {cut.Length} inside a Chunk (0x06) record that starts at byte {firstChunkEnd} and needs ", reader.Truncation, StringComparison.Ordinal);
        Assert.Null(reader.Statistics);
        Assert.Equal("/chatter", Assert.Single(reader.Channels.Values).Topic);
    }

    /// <summary>A small complete recording in one chunk; returns the bytes and where the chunk record is.</summary>
    private static (byte[] Bytes, int ChunkOffset, int ChunkLength) RecordingWithOneChunk(McapCompression compression)
    {
        using var stream = new MemoryStream();
        using (var writer = McapWriter.Create(stream, new McapWriterOptions { Compression = compression }, leaveOpen: true))
        {
            TestSession.Write(writer, TimeSpan.FromMilliseconds(200));
        }

        var bytes = stream.ToArray();
        var chunk = Assert.Single(FindRecords(bytes, 0x06));
        return (bytes, chunk.Offset, chunk.Length);
    }

    /// <summary>Top-level records with <paramref name="opcode"/> in the data section (walks record headers from after the Header).</summary>
    private static IEnumerable<(int Offset, int Length)> FindRecords(byte[] bytes, byte opcode)
    {
        var offset = 8;
        while (offset + 9 <= bytes.Length && bytes[offset] != 0x0F)
        {
            var length = 9 + (int)BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(offset + 1));
            if (bytes[offset] == opcode)
            {
                yield return (offset, length);
            }

            offset += length;
        }
    }
}
