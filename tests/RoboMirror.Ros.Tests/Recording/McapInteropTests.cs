using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Recording;

namespace RoboMirror.Ros.Tests.Recording;

/// <summary>Our recordings read by the official @mcap/core readers, every message decoded by @foxglove/rosmsg2-serialization.</summary>
public sealed class McapInteropTests
{
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromSeconds(120);

    [Theory(Timeout = 180_000)]
    [InlineData(McapCompression.None, "")]
    [InlineData(McapCompression.Lz4, "lz4")]
    [InlineData(McapCompression.Zstd, "zstd")]
    public async Task OfficialReaders_SessionRecording_DecodeEveryMessageToWhatWasRecorded(McapCompression compression, string chunkCompression)
    {
        using var folder = new TempDirectory();
        var path = folder.File("session.mcap");
        var attachment = Encoding.UTF8.GetBytes("joints: [shoulder_pan, shoulder_lift, elbow]\n");
        List<RecordedMessage> recorded;
        using (var writer = McapWriter.Create(path, new McapWriterOptions { Compression = compression, ChunkSize = 32 * 1024 }))
        {
            writer.WriteMetadata("hri_study", new Dictionary<string, string> { ["participant"] = "P07", ["condition"] = "mirror" });
            recorded = TestSession.Write(writer, TimeSpan.FromSeconds(2));
            writer.WriteAttachment("arm.yaml", "application/yaml", TestSession.StartTime, 42, attachment);
        }

        var expectedPath = folder.File("expected.json");
        File.WriteAllText(expectedPath, ExpectedJson(path, recorded, attachment).ToJsonString());

        var (exitCode, output, error) = await NodeInterop.RunVerifyAsync(NodeTimeout, "complete", path, expectedPath);

        Assert.True(exitCode == 0, $"verify.mjs failed ({exitCode}): {error}{output}");
        var report = JsonNode.Parse(output)!;
        Assert.Equal(recorded.Count, (int)report["indexedMessages"]!);
        Assert.Equal(recorded.Count, (int)report["streamMessages"]!);
        Assert.True((int)report["chunks"]! > 3, output);
        Assert.Equal(chunkCompression, Assert.Single(report["compression"]!.AsArray())!.GetValue<string>());
    }

    [Fact(Timeout = 180_000)]
    public async Task OfficialReaders_EveryGeneratedMessageType_DecodeTheDefaultMessageFromItsSchema()
    {
        Assert.NotEmpty(RosMessageRegistry.All);
        using var folder = new TempDirectory();
        var path = folder.File("types.mcap");
        var recorded = new List<RecordedMessage>();
        using (var writer = McapWriter.Create(path))
        {
            foreach (var type in RosMessageRegistry.All)
            {
                var topic = "/types/" + type.TypeInfo.RosName.Replace("/msg/", "/", StringComparison.Ordinal);
                var channel = writer.AddChannel(topic, type.TypeInfo, QosProfile.Default);
                var message = type.CreateDefault();
                var payload = new ArrayBufferWriter<byte>();
                type.Serialize(message, payload);
                var time = TestSession.StartTime + (ulong)recorded.Count;
                writer.WriteMessage(channel, time, time, payload.WrittenSpan);
                recorded.Add(new RecordedMessage(topic, 0, time, time, payload.WrittenSpan.ToArray(), FieldTreeJson.From(type.ToFieldTree(message))));
            }
        }

        var expectedPath = folder.File("expected.json");
        var expected = ExpectedJson(path, recorded, attachment: null);
        File.WriteAllText(expectedPath, expected.ToJsonString());

        var (exitCode, output, error) = await NodeInterop.RunVerifyAsync(NodeTimeout, "complete", path, expectedPath);

        Assert.True(exitCode == 0, $"verify.mjs failed ({exitCode}): {error}{output}");
        Assert.Equal(recorded.Count, (int)JsonNode.Parse(output)!["indexedMessages"]!);
    }

    private static JsonObject ExpectedJson(string path, List<RecordedMessage> recorded, byte[]? attachment)
    {
        using var reader = McapReader.Open(path);
        if (attachment is null)
        {
            return new JsonObject
            {
                ["channels"] = ChannelsJson(reader),
                ["messages"] = new JsonArray([.. recorded.Select(m => m.ToJson())]),
                ["metadata"] = new JsonArray(),
                ["attachments"] = new JsonArray(),
            };
        }

        return new JsonObject
        {
            ["channels"] = ChannelsJson(reader),
            ["messages"] = new JsonArray([.. recorded.Select(m => m.ToJson())]),
            ["metadata"] = JsonSerializer.SerializeToNode(new[]
            {
                new { name = "hri_study", values = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["condition"] = "mirror", ["participant"] = "P07" } },
            }),
            ["attachments"] = JsonSerializer.SerializeToNode(new[]
            {
                new
                {
                    name = "arm.yaml",
                    mediaType = "application/yaml",
                    logTime = TestSession.StartTime.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    createTime = "42",
                    dataBase64 = Convert.ToBase64String(attachment),
                },
            }),
        };
    }

    private static JsonArray ChannelsJson(IMcapReader reader) => new([.. reader.Channels.Values.Select(c => new JsonObject
    {
        ["topic"] = c.Topic,
        ["schemaName"] = c.Schema!.Name,
        ["offeredQosProfiles"] = c.Metadata["offered_qos_profiles"],
    })]);
}
