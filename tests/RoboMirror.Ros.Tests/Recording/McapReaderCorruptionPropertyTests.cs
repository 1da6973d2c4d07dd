using RoboMirror.Ros.Recording;

namespace RoboMirror.Ros.Tests.Recording;

/// <summary>Whatever bytes a damaged file holds, the reader either reads it or throws <see cref="McapFormatException"/>.</summary>
public sealed class McapReaderCorruptionPropertyTests
{
    public static TheoryData<McapCompression> Compressions => [McapCompression.None, McapCompression.Lz4, McapCompression.Zstd];

    [Theory]
    [MemberData(nameof(Compressions))]
    public void ReadEverything_RandomlyDamagedFile_ReadsOrThrowsMcapFormatExceptionOnly(McapCompression compression)
    {
        var original = Recording(compression);
        var random = new Random(20261129 + (int)compression);
        var failures = new List<string>();
        for (var trial = 0; trial < 300; trial++)
        {
            var (damaged, description) = Damage((byte[])original.Clone(), random);
            foreach (var allowTruncated in new[] { false, true })
            {
                try
                {
                    ReadEverything(damaged, allowTruncated);
                }
                catch (McapFormatException e)
                {
                    Assert.Equal("damaged.mcap", e.FilePath);
                    Assert.InRange(e.Offset, 0, damaged.Length);
                }
                catch (Exception e) when (e is not Xunit.Sdk.XunitException)
                {
                    failures.Add($"{description} (AllowTruncated = {allowTruncated}): {e.GetType().Name}: {e.Message}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    /// <summary>One of: a flipped bit, a cut (as a killed writer or a full disk leaves), 8 random bytes.</summary>
    private static (byte[] Damaged, string Description) Damage(byte[] bytes, Random random)
    {
        switch (random.Next(3))
        {
            case 0:
                var at = random.Next(bytes.Length);
                bytes[at] ^= (byte)(1 << random.Next(8));
                return (bytes, $"bit flipped at byte {at}");
            case 1:
                var length = random.Next(bytes.Length);
                return (bytes[..length], $"cut to {length} bytes");
            default:
                var start = random.Next(bytes.Length - 8);
                random.NextBytes(bytes.AsSpan(start, 8));
                return (bytes, $"8 random bytes at {start}");
        }
    }

    private static void ReadEverything(byte[] bytes, bool allowTruncated)
    {
        using var reader = McapReader.Open(new MemoryStream(bytes), "damaged.mcap", new McapReaderOptions { AllowTruncated = allowTruncated });
        _ = reader.Channels.Count;
        _ = reader.Truncation;
        foreach (var message in reader.ReadMessages())
        {
            _ = message.Data.Length;
        }

        _ = reader.ReadMetadata();
        _ = reader.ReadAttachments();
    }

    private static byte[] Recording(McapCompression compression)
    {
        using var stream = new MemoryStream();
        using (var writer = McapWriter.Create(stream, new McapWriterOptions { Compression = compression, ChunkSize = 2048 }, leaveOpen: true))
        {
            writer.WriteMetadata("hri_study", new Dictionary<string, string> { ["participant"] = "P07" });
            TestSession.Write(writer, TimeSpan.FromMilliseconds(60));
            writer.WriteAttachment("note.txt", "text/plain", 1, 2, "calibrated"u8);
        }

        return stream.ToArray();
    }
}
