using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Recording;

namespace RoboMirror.Ros.Tests.Recording;

public sealed class McapWriterTests
{
    [Fact]
    public void Validate_SeveralInvalidOptions_NamesEveryProblemInOneMessage()
    {
        var options = new McapWriterOptions { ChunkSize = 10, ChunkDuration = TimeSpan.Zero, Compression = (McapCompression)9 };

        var error = Assert.Throws<ArgumentException>(() => options.Validate());

        Assert.Equal(
            "The 'McapWriterOptions' are invalid. Validation errors: Compression is 9: not a McapCompression value; " +
            "ChunkSize is 10: must be between 1024 and 268435456 bytes; " +
            "ChunkDuration is 00:00:00: must be positive, or null to close chunks by size only.",
            error.Message);
    }

    [Fact]
    public void WriteMessage_ChunkSizeReached_ClosesTheChunkAndWritesItThrough()
    {
        using var stream = new MemoryStream();
        using var writer = McapWriter.Create(stream, new McapWriterOptions { ChunkSize = 4096, ChunkDuration = null }, leaveOpen: true);
        var channel = writer.AddChannel("/joint_states", TestTypes.JointState, QosProfile.SensorData);
        var payload = TestSession.JointStateAt(0).Payload;

        var written = 0;
        while (writer.ChunkCount == 0)
        {
            writer.WriteMessage(channel, (ulong)written, (ulong)written, payload);
            written++;
        }

        Assert.Equal(written, writer.WrittenMessageCount);
        // Schema and Channel records share the first chunk with the messages.
        Assert.InRange(written * (payload.Length + 31), 4096 - 1024, 4096 + payload.Length + 31);
        var lengthAfterChunk = stream.Length;
        writer.WriteMessage(channel, 1000, 1000, payload);
        Assert.Equal(lengthAfterChunk, stream.Length);
        Assert.Equal(written + 1, writer.MessageCount);
    }

    [Fact]
    public void WriteMessage_LogTimePastChunkDuration_ClosesTheChunkBeforeTheMessage()
    {
        using var stream = new MemoryStream();
        using var writer = McapWriter.Create(stream, new McapWriterOptions { ChunkDuration = TimeSpan.FromMilliseconds(100) }, leaveOpen: true);
        var channel = writer.AddChannel("/chatter", TestTypes.String, QosProfile.Default);
        var payload = TestPayloads.String("tick").Payload;

        writer.WriteMessage(channel, 1_000_000_000, 1_000_000_000, payload);
        writer.WriteMessage(channel, 1_099_000_000, 1_099_000_000, payload);
        Assert.Equal(0, writer.ChunkCount);
        writer.WriteMessage(channel, 1_100_000_000, 1_100_000_000, payload);

        Assert.Equal(1, writer.ChunkCount);
        Assert.Equal(2, writer.WrittenMessageCount);
    }

    [Fact]
    public void Flush_WhileRecording_MakesMessagesReadableFromTheUnfinishedFile()
    {
        using var folder = new TempDirectory();
        var path = folder.File("live.mcap");
        using var writer = McapWriter.Create(path);
        var channel = writer.AddChannel("/chatter", TestTypes.String, QosProfile.Default);
        writer.WriteMessage(channel, 1, 1, TestPayloads.String("one").Payload);
        writer.WriteMessage(channel, 2, 2, TestPayloads.String("two").Payload);

        writer.Flush();

        using var reader = McapReader.Open(path, new McapReaderOptions { AllowTruncated = true });
        Assert.Equal([0u, 1u], reader.ReadMessages().Select(m => m.Sequence));
        Assert.Contains("without Data End", reader.Truncation, StringComparison.Ordinal);
    }

    [Fact]
    public void AddChannel_SameTopicAndTypeTwice_ReturnsTheSameChannel()
    {
        using var writer = McapWriter.Create(new MemoryStream());

        var first = writer.AddChannel("/chatter", TestTypes.String, QosProfile.Default);
        var second = writer.AddChannel("/chatter", TestTypes.String, QosProfile.Default);
        var other = writer.AddChannel("/other", TestTypes.String, QosProfile.Default);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void AddChannel_TypeRedeclaredWithAnotherDefinition_Throws()
    {
        using var writer = McapWriter.Create(new MemoryStream());
        writer.AddChannel("/chatter", TestTypes.String, QosProfile.Default);
        var changed = TestTypes.String with { Definition = "string text\n" };

        var error = Assert.Throws<ArgumentException>(() => writer.AddChannel("/chatter2", changed, QosProfile.Default));

        Assert.Contains("std_msgs/msg/String", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteMessage_ChannelNeverAdded_ThrowsArgumentOutOfRange()
    {
        using var writer = McapWriter.Create(new MemoryStream());

        Assert.Throws<ArgumentOutOfRangeException>(() => writer.WriteMessage(3, 0, 0, [0, 1, 0, 0]));
    }

    [Fact]
    public void WriteMessage_AfterComplete_ThrowsInvalidOperation()
    {
        using var writer = McapWriter.Create(new MemoryStream());
        var channel = writer.AddChannel("/chatter", TestTypes.String, QosProfile.Default);
        writer.Complete();

        var error = Assert.Throws<InvalidOperationException>(() => writer.WriteMessage(channel, 0, 0, [0, 1, 0, 0]));

        Assert.Contains("complete", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FileAlreadyExists_ThrowsAndLeavesItUntouched()
    {
        using var folder = new TempDirectory();
        var path = folder.File("previous-session.mcap");
        File.WriteAllText(path, "keep me");

        Assert.Throws<IOException>(() => McapWriter.Create(path));

        Assert.Equal("keep me", File.ReadAllText(path));
    }

    [Fact]
    public void WriteMessage_OutputFails_FaultsTheWriterAndDisposeWritesNothingMore()
    {
        var stream = new FailingStream(failAfterBytes: 2000);
        var writer = McapWriter.Create(stream, new McapWriterOptions { ChunkSize = 1024, Compression = McapCompression.None });
        var channel = writer.AddChannel("/joint_states", MessageType, QosProfile.SensorData);
        var payload = new byte[700];

        Assert.Throws<IOException>(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                writer.WriteMessage(channel, (ulong)i, (ulong)i, payload);
            }
        });

        var error = Assert.Throws<InvalidOperationException>(() => writer.WriteMessage(channel, 0, 0, payload));
        Assert.Contains("failed to write", error.Message, StringComparison.Ordinal);
        var writtenBeforeDispose = stream.Written;
        writer.Dispose();
        Assert.Equal(writtenBeforeDispose, stream.Written);
    }

    private static MessageTypeInfo MessageType => TestTypes.JointState;

    private sealed class FailingStream(long failAfterBytes) : MemoryStream
    {
        public long Written { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Written + buffer.Length > failAfterBytes)
            {
                throw new IOException("No space left on device (simulated)");
            }

            Written += buffer.Length;
            base.Write(buffer);
        }
    }
}
