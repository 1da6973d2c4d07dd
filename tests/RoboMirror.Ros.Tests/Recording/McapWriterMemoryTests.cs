using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Recording;
using Xunit.Abstractions;

namespace RoboMirror.Ros.Tests.Recording;

/// <summary>Runs alone (heap size is process-wide): another test's buffers must not count as the writer's growth.</summary>
[CollectionDefinition(nameof(McapWriterMemoryTests), DisableParallelization = true)]
public sealed class McapWriterMemoryCollection;

[Collection(nameof(McapWriterMemoryTests))]
public sealed class McapWriterMemoryTests(ITestOutputHelper output)
{
    private const long JointStatePeriod = 2_000_000;

    [Theory]
    [InlineData(McapCompression.Lz4)]
    [InlineData(McapCompression.Zstd)]
    public void WriteMessage_ThirtyMinuteSession_MemoryStaysFlatAfterTheFirstMinute(McapCompression compression)
    {
        var file = new CountingStream();
        using var writer = McapWriter.Create(file, new McapWriterOptions { Compression = compression });
        var joints = writer.AddChannel("/joint_states", TestTypes.JointState, QosProfile.SensorData);
        var skeleton = writer.AddChannel("/humans/bodies/a1b2/skeleton2d", TestTypes.Skeleton2D, QosProfile.Default);
        // A few distinct payloads, made before measuring, so the loop itself allocates nothing.
        var jointPayloads = Enumerable.Range(0, 16).Select(i => TestSession.JointStateAt(i * 37_000_000L).Payload).ToArray();
        var skeletonPayload = TestPayloads.Skeleton2D(1, 2, [.. Enumerable.Repeat((0.5f, 0.25f, 0.9f), 18)]).Payload;

        var time = 0L;
        void WriteMinute()
        {
            for (var end = time + 60_000_000_000; time < end; time += JointStatePeriod)
            {
                var step = time / JointStatePeriod;
                writer.WriteMessage(joints, TestSession.StartTime + (ulong)time, TestSession.StartTime + (ulong)time, jointPayloads[step % 16]);
                if (step % 17 == 0)
                {
                    writer.WriteMessage(skeleton, TestSession.StartTime + (ulong)time, TestSession.StartTime + (ulong)time, skeletonPayload);
                }
            }
        }

        WriteMinute();
        var heapAfterFirstMinute = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedAfterFirstMinute = GC.GetAllocatedBytesForCurrentThread();
        var chunksAfterFirstMinute = writer.ChunkCount;
        for (var minute = 1; minute < 30; minute++)
        {
            WriteMinute();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedAfterFirstMinute;
        var heapGrowth = GC.GetTotalMemory(forceFullCollection: true) - heapAfterFirstMinute;
        var chunks = writer.ChunkCount - chunksAfterFirstMinute;

        output.WriteLine(
            $"{compression}: {writer.MessageCount} messages, {file.Length / 1024 / 1024} MiB, {chunks} chunks after minute 1; " +
            $"minutes 2-30 allocated {allocated} bytes ({allocated / chunks} per chunk), heap grew {heapGrowth} bytes");
        Assert.Equal(30 * 60 * 500 + (30 * 60 * 500 / 17) + 1, writer.MessageCount);
        Assert.InRange(chunks, 29 * 60 * 0.9, 29 * 60 * 1.1);
        // Only the small per-chunk index entries may accumulate: well under 1 KiB per chunk.
        Assert.True(allocated < chunks * 512L, $"{allocated} bytes allocated over {chunks} chunks (~{allocated / chunks} per chunk)");
        Assert.True(heapGrowth < 1024 * 1024, $"heap grew by {heapGrowth} bytes between minute 1 and minute 30");
        Assert.True(file.Length > 5 * 1024 * 1024, $"only {file.Length} bytes written");
    }

    /// <summary>A write-only stream that counts bytes and keeps none (a file of any length without the disk).</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
