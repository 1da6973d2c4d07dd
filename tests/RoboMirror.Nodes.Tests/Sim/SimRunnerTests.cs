using System.Text.Json.Nodes;
using RoboMirror.Nodes.Nodes;
using RoboMirror.Nodes.Session;
using RoboMirror.Ros.Recording;

namespace RoboMirror.Nodes.Tests.Sim;

[Collection(SimSessionsCollection.Name)]
public sealed class SimRunnerTests : IDisposable
{
    private static readonly string[] RequiredKeys = ["turns", "policy", "seed", "gap_ms_median", "gap_ms_p90", "false_starts", "yields", "missed"];

    private readonly string _root = Directory.CreateTempSubdirectory("robomirror-sim-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private SimOptions Options(string name, int seed = 1, string policy = "reactive", int turns = 5) => new()
    {
        Turns = turns,
        Policy = policy,
        Seed = seed,
        Partner = "synthetic",
        OutputFolder = Path.Combine(_root, name),
    };

    [Fact(Timeout = 60_000)]
    public async Task Run_FiveSyntheticTurnsReactive_WritesEveryRunFolderFile()
    {
        await Task.Yield();
        var outcome = SimRunner.Run(Options("a"), null, CancellationToken.None);

        foreach (var file in RunFolder.Files)
        {
            Assert.True(new FileInfo(Path.Combine(outcome.Folder, file)).Length > 0, $"{file} is missing or empty");
        }

        Assert.Equal(5, outcome.Report.Summary.Turns);
        Assert.Equal(5, outcome.Report.Answered + outcome.Report.FalseStarts + outcome.Report.Missed);
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(outcome.Folder, RunFolder.Summary)))!.AsObject();
        foreach (var key in RequiredKeys)
        {
            Assert.True(summary.ContainsKey(key), $"summary.json lacks '{key}'");
        }

        Assert.Equal(5, (int)summary["turns"]!);
        Assert.Equal("reactive", (string)summary["policy"]!);
        Assert.StartsWith(TurnEventsCsv.Header, File.ReadAllText(Path.Combine(outcome.Folder, RunFolder.TurnEvents)), StringComparison.Ordinal);
        Assert.StartsWith("\u0089PNG", File.ReadAllText(Path.Combine(outcome.Folder, RunFolder.Timeline + ".png"), System.Text.Encoding.Latin1), StringComparison.Ordinal);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(outcome.Folder, RunFolder.Gaps + ".svg")), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Run_SessionRecording_IsReadableAndHoldsEveryTopicAndTheTurnEvents()
    {
        await Task.Yield();
        var outcome = SimRunner.Run(Options("b", turns: 2), null, CancellationToken.None);

        using var reader = McapReader.Open(Path.Combine(outcome.Folder, RunFolder.Recording));
        Assert.Equal("ros2", reader.Header.Profile);
        var counts = reader.ReadMessages().GroupBy(m => m.Channel.Topic).ToDictionary(g => g.Key, g => g.Count());
        foreach (var topic in new[] { SessionTopics.PartnerSkeleton, SessionTopics.PartnerState, SessionTopics.PartnerObserved, SessionTopics.TurnState, SessionTopics.TurnEvents, SessionTopics.PartnerTruth, SessionTopics.JointStates, SessionTopics.Clock, SessionTopics.JointTrajectory(SessionTopics.DefaultController) })
        {
            Assert.True(counts.GetValueOrDefault(topic) > 0, $"no messages on {topic}; recorded: {string.Join(", ", counts.Keys)}");
        }

        Assert.Equal(outcome.Messages, counts.Values.Sum());
        var log = SessionRecording.Read(Path.Combine(outcome.Folder, RunFolder.Recording));
        Assert.Contains(log.Events, e => e.Kind == Controller.Turns.TurnEventKind.PartnerStarted);
        Assert.True(log.PartnerTurns.Count >= 2);
    }

    [Fact(Timeout = 90_000)]
    public async Task Run_SameSeedTwice_GivesTheSameSummaryAndEvents()
    {
        await Task.Yield();
        var first = SimRunner.Run(Options("c1", seed: 7, turns: 3), null, CancellationToken.None);
        var second = SimRunner.Run(Options("c2", seed: 7, turns: 3), null, CancellationToken.None);
        var other = SimRunner.Run(Options("c3", seed: 8, turns: 3), null, CancellationToken.None);

        Assert.Equal(File.ReadAllText(Path.Combine(first.Folder, RunFolder.Summary)), File.ReadAllText(Path.Combine(second.Folder, RunFolder.Summary)));
        Assert.Equal(File.ReadAllText(Path.Combine(first.Folder, RunFolder.TurnEvents)), File.ReadAllText(Path.Combine(second.Folder, RunFolder.TurnEvents)));
        Assert.NotEqual(first.Report.Turns.Select(t => t.Partner.End), other.Report.Turns.Select(t => t.Partner.End));
    }

    [Fact(Timeout = 60_000)]
    public async Task Run_OraclePolicy_AnswersDetectedTurnsNearTheTargetGap()
    {
        await Task.Yield();
        var outcome = SimRunner.Run(Options("d", policy: "oracle", turns: 4), null, CancellationToken.None);

        var answered = outcome.Report.Turns.Where(t => t.Outcome.GapMs is not null).Select(t => t.Outcome.GapMs!.Value).ToList();
        Assert.NotEmpty(answered);
        Assert.All(answered, gap => Assert.InRange(gap, 0, 2000));
        Assert.Contains(answered, gap => gap is > 100 and < 400);
    }

    [Fact(Timeout = 30_000)]
    public async Task Run_MirrorPolicyWithoutModel_ThrowsTheModelsError()
    {
        await Task.Yield();
        var options = Options("e", policy: "mirror") with { ModelPath = Path.Combine(_root, "absent.onnx") };

        var e = Assert.Throws<Models.Inference.ModelFileException>(() => SimRunner.Run(options, null, CancellationToken.None));
        Assert.Contains("absent.onnx", e.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Run_MirrorPolicyWithAModel_RecordsMirrorSignalsAndScoresTheTurns()
    {
        await Task.Yield();
        var options = Options("f", policy: "mirror", turns: 2) with { ModelPath = Nodes.TestPaths.TinyObservationModel };

        var outcome = SimRunner.Run(options, null, CancellationToken.None);

        Assert.Equal(2, outcome.Report.Summary.Turns);
        Assert.Equal("mirror", outcome.Report.Info.Policy);
        using var reader = McapReader.Open(Path.Combine(outcome.Folder, RunFolder.Recording));
        Assert.NotEmpty(reader.ReadMessages([SessionTopics.MirrorSignal]));
    }

    [Fact(Timeout = 30_000)]
    public async Task Run_SpeedTen_TakesAtLeastATenthOfTheSessionOnTheWallClock()
    {
        await Task.Yield();
        var options = Options("g") with { Duration = TimeSpan.FromSeconds(3), Speed = 10 };

        var outcome = SimRunner.Run(options, null, CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(3), outcome.Report.Info.End);
        Assert.True(outcome.LoopTime >= TimeSpan.FromSeconds(0.29), $"3 s at 10× took {outcome.LoopTime.TotalSeconds:F2} s");
    }

    [Fact(Timeout = 30_000)]
    public async Task Validate_BadSettings_NamesEveryProblem()
    {
        await Task.Yield();
        var e = Assert.Throws<ArgumentException>(() => new SimOptions { Turns = 0, Policy = "eager", Partner = "video", Speed = -1 }.Validate());
        Assert.Contains("turns", e.Message, StringComparison.Ordinal);
        Assert.Contains("eager", e.Message, StringComparison.Ordinal);
        Assert.Contains("video", e.Message, StringComparison.Ordinal);
        Assert.Contains("speed", e.Message, StringComparison.Ordinal);
    }
}
