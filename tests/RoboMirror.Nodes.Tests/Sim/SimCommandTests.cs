using RoboMirror.Nodes.Session;
using RoboMirror.Testing;

namespace RoboMirror.Nodes.Tests.Sim;

[Collection(SimSessionsCollection.Name)]
public sealed class SimCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("robomirror-simcmd-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int Exit, string Output) Run(params string[] args) => CommandLineRunner.Run(160, args);

    [Fact(Timeout = 60_000)]
    public async Task Sim_FiveTurnsThenReport_ReportRegeneratesTheSameSummaryFromTheRecordingAlone()
    {
        await Task.Yield();
        var folder = Path.Combine(_root, "run");
        var (exit, output) = Run("sim", "--turns", "5", "--speed", "max", "--policy", "reactive", "--partner", "synthetic", "--out", folder);
        Assert.True(exit == 0, output);
        Assert.Contains("false starts", output, StringComparison.Ordinal);
        Assert.Contains("turns 5/5", output, StringComparison.Ordinal);
        var summary = File.ReadAllText(Path.Combine(folder, RunFolder.Summary));
        var events = File.ReadAllText(Path.Combine(folder, RunFolder.TurnEvents));
        foreach (var file in RunFolder.Files.Skip(1))
        {
            File.Delete(Path.Combine(folder, file));
        }

        var (reportExit, reportOutput) = Run("report", folder);

        Assert.True(reportExit == 0, reportOutput);
        Assert.Equal(summary, File.ReadAllText(Path.Combine(folder, RunFolder.Summary)));
        Assert.Equal(events, File.ReadAllText(Path.Combine(folder, RunFolder.TurnEvents)));
        Assert.All(RunFolder.Files, f => Assert.True(File.Exists(Path.Combine(folder, f)), f));
    }

    [Fact(Timeout = 30_000)]
    public async Task Sim_MirrorPolicyWithoutModel_SaysSoAndExitsWithOne()
    {
        await Task.Yield();
        var (exit, output) = Run("sim", "--turns", "1", "--policy", "mirror", "--partner", "synthetic", "--model", Path.Combine(_root, "none.onnx"), "--out", Path.Combine(_root, "m"));

        Assert.Equal(1, exit);
        Assert.Contains("none.onnx", output, StringComparison.Ordinal);
        Assert.Contains("--policy reactive", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task Sim_JointOracle_IsRefusedPointingToTheReplayEvaluation()
    {
        await Task.Yield();
        var (exit, output) = Run("sim", "--turns", "1", "--policy", "oracle-joint", "--partner", "synthetic", "--out", Path.Combine(_root, "j"));

        Assert.NotEqual(0, exit);
        Assert.Contains("oracle-joint", output, StringComparison.Ordinal);
        Assert.Contains("robomirror eval", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "j")));
    }

    [Fact(Timeout = 30_000)]
    public async Task Report_FolderWithoutRecording_SaysWhatIsMissing()
    {
        await Task.Yield();
        var (exit, output) = Run("report", _root);

        Assert.Equal(1, exit);
        Assert.Contains("session.mcap does not exist", output, StringComparison.Ordinal);
    }

    [RequiresRecordingsFact("buetepage_hh_kinect", Timeout = 90_000)]
    public async Task Sim_RecordingsPartner_PlaysTheLeadersGestures()
    {
        await Task.Yield();
        var folder = Path.Combine(_root, "rec");
        var (exit, output) = Run("sim", "--turns", "3", "--policy", "oracle", "--partner", "recordings", "--data", Recordings.Root!, "--out", folder);

        Assert.True(exit == 0, output);
        Assert.DoesNotContain("no recordings", output, StringComparison.Ordinal);
        var log = SessionRecording.Read(Path.Combine(folder, RunFolder.Recording));
        Assert.Equal("recordings", log.Info.PartnerSource);
        Assert.All(log.PartnerTurns, t => Assert.StartsWith("buetepage ", t.Source, StringComparison.Ordinal));
    }
}
