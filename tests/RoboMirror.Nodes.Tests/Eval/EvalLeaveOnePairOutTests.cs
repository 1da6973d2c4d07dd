using System.Text.Json;
using RoboMirror.Nodes.Tests.Sim;
using RoboMirror.Testing;

namespace RoboMirror.Nodes.Tests.Eval;

/// <summary>
/// <c>train --leave-out</c> and <c>eval --leave-one-pair-out</c> on a small real copy of the Bütepage data (pairs 1 and
/// 2, one waving recording each), with one short epoch so that the folds train in seconds.
/// </summary>
[Collection(SimSessionsCollection.Name)]
public sealed class EvalLeaveOnePairOutTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("robomirror-lopo-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int Exit, string Output) Run(params string[] args) => CommandLineRunner.Run(400, args);

    /// <summary>A folder holding buetepage_hh_kinect/data4 with waving pair 1 and pair 2 (rec 0) and only their annotation lines.</summary>
    private string TwoPairCopy()
    {
        var source = Path.Combine(Recordings.RequireDataset("buetepage_hh_kinect"), "data4");
        var data4 = Path.Combine(_root, "data", "buetepage_hh_kinect", "data4");
        Directory.CreateDirectory(Path.Combine(data4, "waving"));
        var lines = File.ReadAllLines(Path.Combine(source, "annotation.txt"))
            .Where(l => l.StartsWith("w 1 0 ", StringComparison.Ordinal) || l.StartsWith("w 2 0 ", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(2, lines.Count);
        File.WriteAllLines(Path.Combine(data4, "annotation.txt"), lines);
        foreach (var pair in new[] { 1, 2 })
        {
            foreach (var user in new[] { 1, 2 })
            {
                var name = $"pair_{pair}_rec_0_user_{user}.txt";
                File.Copy(Path.Combine(source, "waving", name), Path.Combine(data4, "waving", name));
            }
        }

        return Path.Combine(_root, "data");
    }

    [RequiresRecordingsFact("buetepage_hh_kinect", Timeout = 300_000)]
    public async Task Train_LeaveOutAPair_TrainsWithoutItAndTheCardHoldsItsFiguresOnThatPair()
    {
        await Task.Yield();
        var data = TwoPairCopy();
        var output = Path.Combine(_root, "model");

        var (exit, text) = Run("train", "--data", data, "--output", output, "--no-eval", "--epochs", "1", "--hop", "8", "--leave-out", "1");

        Assert.True(exit == 0, text);
        using var card = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "mirror-observation.card.json")));
        var root = card.RootElement;
        Assert.Equal(["pair_2"], root.GetProperty("data").GetProperty("pairs").EnumerateArray().Select(p => p.GetString()));
        var fold = Assert.Single(root.GetProperty("leaveOnePairOut").EnumerateArray());
        Assert.Equal("pair_1", fold.GetProperty("heldOutPair").GetString());
        Assert.Contains("pair_1", root.GetProperty("evaluation").GetString(), StringComparison.Ordinal);
        Assert.Contains("--leave-out pair_1", root.GetProperty("command").GetString(), StringComparison.Ordinal);
    }

    [RequiresRecordingsFact("buetepage_hh_kinect", Timeout = 120_000)]
    public async Task Train_LeaveOutAPairTheDataDoNotHold_FailsNamingThePairsItHolds()
    {
        await Task.Yield();
        var data = TwoPairCopy();

        var (exit, text) = Run("train", "--data", data, "--output", Path.Combine(_root, "model"), "--no-eval", "--epochs", "1", "--leave-out", "pair_7");

        Assert.Equal(1, exit);
        Assert.Contains("Cannot leave out pair_7", text, StringComparison.Ordinal);
        Assert.Contains("pair_1, pair_2", text, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_root, "model", "mirror-observation.onnx")));
    }

    [Fact(Timeout = 30_000)]
    public async Task Train_LeaveOutThatIsNotAPair_IsRefused()
    {
        await Task.Yield();

        var (exit, text) = Run("train", "--leave-out", "everyone");

        Assert.NotEqual(0, exit);
        Assert.Contains("--leave-out is 'everyone'", text, StringComparison.Ordinal);
    }

    [RequiresRecordingsFact("buetepage_hh_kinect", Timeout = 600_000)]
    public async Task Eval_LeaveOnePairOut_ReplaysEachPairWithAModelTrainedWithoutIt()
    {
        await Task.Yield();
        var data = TwoPairCopy();
        var output = Path.Combine(_root, "out");

        var (exit, text) = Run("eval", "--data", data, "--out", output, "--leave-one-pair-out", "--epochs", "1", "--hop", "8", "--policies", "mirror,reactive");

        Assert.True(exit == 0, text);
        foreach (var (pair, other) in new[] { (1, 2), (2, 1) })
        {
            var folder = Path.Combine(output, "models", $"without_pair_{pair}");
            Assert.True(File.Exists(Path.Combine(folder, "mirror-observation.onnx")), $"no fold model in {folder}");
            using var card = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "mirror-observation.card.json")));
            Assert.Equal([$"pair_{other}"], card.RootElement.GetProperty("data").GetProperty("pairs").EnumerateArray().Select(p => p.GetString()));
        }

        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json")));
        var root = report.RootElement;
        Assert.Contains("--leave-one-pair-out", root.GetProperty("command").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, root.GetProperty("interactions").GetInt32());
        Assert.True(root.GetProperty("mirror_node_ran").GetBoolean());
        Assert.All(root.GetProperty("policies").EnumerateArray(), p => Assert.Equal(2, p.GetProperty("turns").GetInt32()));
        Assert.Contains("fold models", root.GetProperty("mirror").GetProperty("source").GetString(), StringComparison.Ordinal);

        // Each interaction once per policy, and the mirror policy's readings came from the fold's own model.
        var rows = File.ReadAllLines(Path.Combine(output, "turns.csv")).Skip(1).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(2, rows.Count(r => r.StartsWith("mirror,", StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.Combine(output, "mirror", "mirror_signals.csv")));
        Assert.True(File.Exists(Path.Combine(output, "mirror", "events.csv")));
    }

    [Fact(Timeout = 30_000)]
    public async Task Eval_LeaveOnePairOutWithAModel_IsRefused()
    {
        await Task.Yield();

        var (exit, text) = Run("eval", "--out", Path.Combine(_root, "out"), "--leave-one-pair-out", "--model", "models/mirror-observation.onnx");

        Assert.NotEqual(0, exit);
        Assert.Contains("does not take --model", text, StringComparison.Ordinal);
    }
}
