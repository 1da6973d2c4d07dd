using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using RoboMirror.Ros.Serialization;
using RoboMirror.Ros.Tests.Messages;

namespace RoboMirror.Ros.Tests.Serialization;

/// <summary>
/// Byte-exact proof against an independent implementation: Foxglove's @foxglove/rosmsg2-serialization
/// (pinned in tests/interop/cdr/package-lock.json) serializes the same messages from the same ros2msg
/// definitions, and each side decodes the other's bytes.
/// </summary>
public sealed class CdrInteropTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, (string Payload, JsonElement Decoded)>> Foreign = new(RunForeignSide);

    public static TheoryData<SampleMessage> Samples() => [.. SampleMessages.All];

    public static TheoryData<SampleMessage> AsciiSamples() => [.. SampleMessages.All.Where(s => s.AsciiOnly)];

    [Fact]
    public void Samples_CoverAtLeastTwentyMessagesOfEveryType()
    {
        Assert.True(SampleMessages.All.Count >= 20);
        Assert.Equal(Ros.Messages.RosMessageRegistry.All.Count, SampleMessages.All.Select(s => s.Type).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(AsciiSamples))]
    public void Serialize_Sample_EqualsFoxgloveBytesExceptTheAnnouncedEndPadding(SampleMessage sample)
    {
        var ours = Serialize(sample);
        var theirs = Convert.FromHexString(Foreign.Value[sample.Name].Payload);

        // Foxglove's writer stops after the last field with option bytes 00 00; we (like rmw_cyclonedds)
        // pad to a multiple of 4 and say so in the second option byte. Everything else must be identical.
        var padding = ours[3];
        Assert.Equal(Convert.ToHexString(theirs), Convert.ToHexString([.. ours.AsSpan(0, 3), 0x00, .. ours.AsSpan(4, ours.Length - 4 - padding)]));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void FoxgloveReader_OurBytes_DecodesTheSameValues(SampleMessage sample)
    {
        var difference = FieldTreeJson.Difference(sample.Type.ToFieldTree(sample.Message), Foreign.Value[sample.Name].Decoded, sample.Name);

        Assert.Null(difference);
    }

    [Theory]
    [MemberData(nameof(AsciiSamples))]
    public void TryDeserialize_FoxgloveBytes_DecodesTheSameMessage(SampleMessage sample)
    {
        var theirs = Convert.FromHexString(Foreign.Value[sample.Name].Payload);

        Assert.True(sample.Type.TryDeserialize(theirs, out var decoded, out var error), error);
        Assert.Equal(Serialize(sample), SerializeObject(sample, decoded));
    }

    [Fact]
    public void FoxgloveWriter_NonAsciiString_WritesTooFewBytes()
    {
        // Documents why non-ASCII samples are compared one way only: @foxglove/cdr 3.x sizes a string by
        // its UTF-16 length, so UTF-8 text longer than that is cut (docs/ros-messages.md). Our bytes carry
        // the full UTF-8 text and Foxglove's reader decodes them (FoxgloveReader_OurBytes_DecodesTheSameValues).
        var sample = SampleMessages.All.Single(s => s.Name == "string_non_ascii");
        var theirs = Convert.FromHexString(Foreign.Value[sample.Name].Payload);

        Assert.True(theirs.Length < Serialize(sample).Length - 3);
    }

    private static byte[] Serialize(SampleMessage sample) => SerializeObject(sample, sample.Message);

    private static byte[] SerializeObject(SampleMessage sample, object message)
    {
        var buffer = new ArrayBufferWriter<byte>();
        sample.Type.Serialize(message, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static Dictionary<string, (string Payload, JsonElement Decoded)> RunForeignSide()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "interop", "cdr");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@foxglove", "rosmsg2-serialization")))
        {
            throw new InvalidOperationException($"The reference CDR implementation is not installed: run 'npm ci' in {folder} (./test.sh and CI do this).");
        }

        var cases = Path.Combine(Path.GetTempPath(), $"robomirror-cdr-cases-{Environment.ProcessId}.json");
        using (var stream = File.Create(cases))
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartArray();
            foreach (var sample in SampleMessages.All)
            {
                json.WriteStartObject();
                json.WriteString("name", sample.Name);
                json.WriteString("definition", sample.Type.TypeInfo.Definition);
                json.WritePropertyName("message");
                FieldTreeJson.Write(json, sample.Type.ToFieldTree(sample.Message));
                json.WriteString("payload", Convert.ToHexString(Serialize(sample)));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        try
        {
            var output = RunNode(folder, cases);
            using var document = JsonDocument.Parse(output);
            return document.RootElement.EnumerateArray().ToDictionary(
                e => e.GetProperty("name").GetString()!,
                e => (e.GetProperty("payload").GetString()!, e.GetProperty("decoded").Clone()));
        }
        finally
        {
            File.Delete(cases);
        }
    }

    private static string RunNode(string folder, string cases)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("cdr-interop.js");
        start.ArgumentList.Add(cases);
        using var node = Process.Start(start) ?? throw new InvalidOperationException("could not start node (Node.js is needed for the interop tests: apt-get install nodejs npm)");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        if (!node.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException("node cdr-interop.js did not finish within 60 s");
        }

        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"node cdr-interop.js failed with exit code {node.ExitCode}: {stderr.Result}");
        }

        return stdout.Result;
    }

    private static string RepositoryRoot()
    {
        if (Environment.GetEnvironmentVariable("ROBOMIRROR_TEST_ROOT") is { Length: > 0 } root)
        {
            return root;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RoboMirror.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"RoboMirror.sln not found above {AppContext.BaseDirectory}; set ROBOMIRROR_TEST_ROOT to the repository root");
    }
}
