using RoboMirror.Nodes.Nodes;
using RoboMirror.Ros;
using RoboMirror.Ros.Parameters;
using RoboMirror.Ros.Recording;

namespace RoboMirror.Nodes.Tests.Nodes;

/// <summary>The recorder's <c>metadata</c> parameter: a study's participant, condition, arm and date in the MCAP file.</summary>
public sealed class RecorderMetadataTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("robomirror-rec-meta-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static Dictionary<string, ParameterValue> Parameters(string path, string? metadata)
    {
        var parameters = new Dictionary<string, ParameterValue>(StringComparer.Ordinal) { ["path"] = ParameterValue.FromClr(path) };
        if (metadata is not null)
        {
            parameters["metadata"] = ParameterValue.FromClr(metadata);
        }

        return parameters;
    }

    [Fact(Timeout = 30_000)]
    public async Task Complete_WithMetadataParameter_WritesTheStudyRecordBesideTheSessionRecord()
    {
        await Task.Yield();
        var path = Path.Combine(_root, "p07", "p07_mirror.mcap");
        using (var h = new NodeHarness())
        {
            using var recorder = new RecorderNode(h.CreateNode(RecorderNode.NodeName, Parameters(path, "participant=p07; condition=mirror;arm=ur;date=2026-11-29T08:00:00Z;ur_host=;")));
            recorder.Complete(new Dictionary<string, string> { ["policy"] = "mirror" });
        }

        using var reader = McapReader.Open(path);
        var study = Assert.Single(reader.ReadMetadata(RecorderNode.StudyMetadata)).Values;
        Assert.Equal("p07", study["participant"]);
        Assert.Equal("mirror", study["condition"]);
        Assert.Equal("ur", study["arm"]);
        Assert.Equal("2026-11-29T08:00:00Z", study["date"]);
        Assert.Equal(string.Empty, study["ur_host"]);
        Assert.Equal(5, study.Count);
        Assert.Equal("mirror", Assert.Single(reader.ReadMetadata(RecorderNode.SessionMetadata)).Values["policy"]);
    }

    [Fact(Timeout = 30_000)]
    public async Task Complete_WithoutMetadataParameter_WritesNoStudyRecord()
    {
        await Task.Yield();
        var path = Path.Combine(_root, "plain.mcap");
        using (var h = new NodeHarness())
        {
            using var recorder = new RecorderNode(h.CreateNode(RecorderNode.NodeName, Parameters(path, metadata: null)));
            Assert.Empty(recorder.Metadata);
            recorder.Complete(new Dictionary<string, string> { ["policy"] = "reactive" });
        }

        using var reader = McapReader.Open(path);
        Assert.Empty(reader.ReadMetadata(RecorderNode.StudyMetadata));
        Assert.Single(reader.ReadMetadata(RecorderNode.SessionMetadata));
    }

    [Theory(Timeout = 30_000)]
    [InlineData("participant=p07;condition", "'condition' is not key=value")]
    [InlineData("=p07", "'=p07' is not key=value")]
    [InlineData("arm=sim;arm=ur", "'arm' is given twice")]
    public async Task Constructor_MalformedMetadata_ThrowsNamingTheItemAndWritesNoFile(string metadata, string expected)
    {
        await Task.Yield();
        var path = Path.Combine(_root, "bad.mcap");
        using var h = new NodeHarness();

        var e = Assert.Throws<RosException>(() => new RecorderNode(h.CreateNode(RecorderNode.NodeName, Parameters(path, metadata))));

        Assert.Equal(RosErrorCode.InvalidArguments, e.Code);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
