using System.Text;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Recording;

namespace RoboMirror.Ros.Tests.Recording;

public sealed class McapRoundTripTests
{
    public static TheoryData<McapCompression> Compressions => [McapCompression.None, McapCompression.Lz4, McapCompression.Zstd];

    [Theory]
    [MemberData(nameof(Compressions))]
    public void ReadMessages_FileWrittenWithCompression_ReturnsEveryMessageAsRecorded(McapCompression compression)
    {
        using var folder = new TempDirectory();
        var path = folder.File("session.mcap");
        List<RecordedMessage> recorded;
        using (var writer = McapWriter.Create(path, new McapWriterOptions { Compression = compression, ChunkSize = 16 * 1024 }))
        {
            recorded = TestSession.Write(writer, TimeSpan.FromSeconds(3));
            Assert.True(writer.ChunkCount > 5, $"only {writer.ChunkCount} chunks were closed");
        }

        using var reader = McapReader.Open(path);
        var read = reader.ReadMessages().ToList();

        Assert.Equal(recorded.Count, read.Count);
        for (var i = 0; i < recorded.Count; i++)
        {
            Assert.Equal(recorded[i].Topic, read[i].Channel.Topic);
            Assert.Equal(recorded[i].Sequence, read[i].Sequence);
            Assert.Equal(recorded[i].LogTime, read[i].LogTime);
            Assert.Equal(recorded[i].PublishTime, read[i].PublishTime);
            Assert.Equal(recorded[i].Payload, read[i].Data.ToArray());
        }

        Assert.Null(reader.Truncation);
    }

    [Fact]
    public void Open_CompleteFile_ExposesRos2HeaderChannelsSchemasAndStatistics()
    {
        using var folder = new TempDirectory();
        var path = folder.File("session.mcap");
        List<RecordedMessage> recorded;
        using (var writer = McapWriter.Create(path, new McapWriterOptions { Library = "RoboMirror test" }))
        {
            recorded = TestSession.Write(writer, TimeSpan.FromSeconds(1));
        }

        using var reader = McapReader.Open(path);

        Assert.Equal(new McapHeader("ros2", "RoboMirror test"), reader.Header);
        var joints = Assert.Single(reader.Channels.Values, c => c.Topic == TestSession.JointStates);
        Assert.Equal("cdr", joints.MessageEncoding);
        Assert.Equal("sensor_msgs/msg/JointState", joints.Schema!.Name);
        Assert.Equal("ros2msg", joints.Schema.Encoding);
        Assert.Equal(TestTypes.JointState.Definition, joints.Schema.Text);
        Assert.Equal(
            "- history: keep_last\n  depth: 5\n  reliability: best_effort\n  durability: volatile\n" +
            "  deadline:\n    sec: 9223372036\n    nsec: 854775807\n  lifespan:\n    sec: 9223372036\n    nsec: 854775807\n" +
            "  liveliness: automatic\n  liveliness_lease_duration:\n    sec: 9223372036\n    nsec: 854775807\n" +
            "  avoid_ros_namespace_conventions: false",
            joints.Metadata["offered_qos_profiles"]);
        Assert.False(joints.Metadata.ContainsKey("topic_type_hash"));
        var events = Assert.Single(reader.Channels.Values, c => c.Topic == TestSession.TurnEvents);
        Assert.Equal(TestTypes.String.TypeHash, events.Metadata["topic_type_hash"]);
        var statistics = reader.Statistics!;
        Assert.Equal((ulong)recorded.Count, statistics.MessageCount);
        Assert.Equal(3u, statistics.ChannelCount);
        Assert.Equal((ushort)3, statistics.SchemaCount);
        Assert.Equal(recorded[0].LogTime, statistics.MessageStartTime);
        Assert.Equal(recorded[^1].LogTime, statistics.MessageEndTime);
        Assert.Equal((ulong)recorded.Count(m => m.Topic == TestSession.JointStates), statistics.ChannelMessageCounts[joints.Id]);
    }

    [Fact]
    public void ReadMessages_TopicFilter_ReturnsOnlyThatTopicInOrder()
    {
        using var folder = new TempDirectory();
        var path = folder.File("session.mcap");
        List<RecordedMessage> recorded;
        using (var writer = McapWriter.Create(path, new McapWriterOptions { Compression = McapCompression.Lz4 }))
        {
            recorded = TestSession.Write(writer, TimeSpan.FromSeconds(2));
        }

        using var reader = McapReader.Open(path);
        var skeletons = reader.ReadMessages([TestSession.Skeleton]).ToList();

        var expected = recorded.Where(m => m.Topic == TestSession.Skeleton).ToList();
        Assert.Equal(expected.Select(m => m.Sequence), skeletons.Select(m => m.Sequence));
        Assert.All(skeletons, m => Assert.Equal(TestSession.Skeleton, m.Channel.Topic));
    }

    [Fact]
    public void ReadMetadataAndAttachments_WrittenBetweenChunks_ReadBackWithValues()
    {
        using var folder = new TempDirectory();
        var path = folder.File("study.mcap");
        var calibration = Encoding.UTF8.GetBytes("camera: {fx: 615.2, fy: 615.9}\n");
        using (var writer = McapWriter.Create(path))
        {
            writer.WriteMetadata("hri_study", new Dictionary<string, string> { ["participant"] = "P07", ["condition"] = "mirror" });
            var channel = writer.AddChannel("/chatter", TestTypes.String, QosProfile.Default);
            writer.WriteMessage(channel, 10, 10, TestPayloads.String("hello").Payload);
            writer.WriteAttachment("calibration.yaml", "application/yaml", 11, 5, calibration);
            writer.WriteMetadata("robot", new Dictionary<string, string> { ["arm"] = "ur5e" });
        }

        using var reader = McapReader.Open(path);

        var metadata = reader.ReadMetadata();
        Assert.Equal(["hri_study", "robot"], metadata.Select(m => m.Name));
        Assert.Equal("P07", metadata[0].Values["participant"]);
        Assert.Equal("mirror", metadata[0].Values["condition"]);
        Assert.Equal("ur5e", Assert.Single(reader.ReadMetadata("robot")).Values["arm"]);
        var attachment = Assert.Single(reader.ReadAttachments());
        Assert.Equal(("calibration.yaml", "application/yaml", 11UL, 5UL), (attachment.Name, attachment.MediaType, attachment.LogTime, attachment.CreateTime));
        Assert.Equal(calibration, attachment.Data.ToArray());
        Assert.Equal(1u, reader.Statistics!.AttachmentCount);
        Assert.Equal(2u, reader.Statistics.MetadataCount);
    }

    [Fact]
    public void Create_NoChannelsNoMessages_WritesAValidEmptyRecording()
    {
        using var stream = new MemoryStream();
        using (McapWriter.Create(stream, leaveOpen: true))
        {
        }

        stream.Position = 0;
        using var reader = McapReader.Open(stream, "empty.mcap");

        Assert.Empty(reader.ReadMessages());
        Assert.Equal(0UL, reader.Statistics!.MessageCount);
        Assert.Equal(0UL, reader.Statistics.MessageStartTime);
        Assert.Equal("ros2", reader.Header.Profile);
    }

    [Fact]
    public void WriteMessage_IncompressibleLargePayload_RoundTripsThroughLz4RawBlocks()
    {
        var payload = new byte[5 * 1024 * 1024];
        new Random(7).NextBytes(payload);
        using var stream = new MemoryStream();
        using (var writer = McapWriter.Create(stream, new McapWriterOptions { Compression = McapCompression.Lz4 }, leaveOpen: true))
        {
            var channel = writer.AddChannel("/blob", TestTypes.String, QosProfile.Default);
            writer.WriteMessage(channel, 1, 1, payload);
            writer.WriteMessage(channel, 2, 2, new byte[3 * 1024 * 1024]);
        }

        stream.Position = 0;
        using var reader = McapReader.Open(stream, "blob.mcap");
        var read = reader.ReadMessages().ToList();

        Assert.Equal(payload, read[0].Data.ToArray());
        Assert.Equal(new byte[3 * 1024 * 1024], read[1].Data.ToArray());
    }
}
