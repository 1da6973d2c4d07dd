using System.Text.Json;
using RoboMirror.Nodes.Session;
using RoboMirror.Nodes.Tests.Sim;
using RoboMirror.Testing;

namespace RoboMirror.Nodes.Tests.Eval;

[Collection(SimSessionsCollection.Name)]
public sealed class EvalOperatingCurveTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("robomirror-evalcurve-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int Exit, string Output) Run(params string[] args) => CommandLineRunner.Run(400, args);

    [RequiresRecordingsFact("buetepage_hh_kinect", Timeout = 180_000)]
    public async Task OperatingCurve_TwoValuesPerSetting_WritesItsFilesAndTheDefaultPointIsTheMainReportsFigures()
    {
        await Task.Yield();
        var output = Path.Combine(_root, "out");

        var (exit, text) = Run(
            "eval", "--data", EvalSubsets.TwoInteractions(_root), "--out", output, "--policies", "mirror,reactive,oracle", "--no-yield-probes",
            "--operating-curve", "--target-gaps", "200, 100", "--reactive-holds", "100,300");

        Assert.True(exit == 0, text);
        var rows = File.ReadAllLines(Path.Combine(output, EvalOperatingCurveReport.Csv));
        Assert.Equal("policy,setting,value_ms,turns,gap_ms_median,gap_ms_p25,gap_ms_p75,gap_ms_p90,false_start_rate,false_starts,missed_rate,missed", rows[0]);
        Assert.Equal(["mirror,TargetGap,100,2,", "mirror,TargetGap,200,2,", "reactive,ReactiveHold,100,2,", "reactive,ReactiveHold,300,2,", "oracle,TargetGap,100,2,", "oracle,TargetGap,200,2,"], rows.Skip(1).Select(r => string.Join(",", r.Split(',')[..4]) + ","));
        foreach (var file in new[] { "png", "svg" })
        {
            Assert.True(new FileInfo(Path.Combine(output, $"{EvalOperatingCurveReport.Plot}.{file}")).Length > 0, file);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, EvalReport.Json)));
        var root = json.RootElement;
        Assert.EndsWith("--no-yield-probes --operating-curve --target-gaps=100,200 --reactive-holds=100,300", root.GetProperty("command").GetString(), StringComparison.Ordinal);
        var curve = root.GetProperty("operating_curve");
        var points = curve.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(6, points.Count);

        // The default setting's point is the main report's operating point: the same replays, scored the same way.
        var keys = new[] { "turns", "gap_ms_median", "gap_ms_p25", "gap_ms_p75", "gap_ms_p90", "false_start_rate", "missed_rate", "false_starts", "missed" };
        foreach (var policy in root.GetProperty("policies").EnumerateArray())
        {
            var name = policy.GetProperty("name").GetString();
            var defaults = points.Where(p => p.GetProperty("policy").GetString() == name && p.GetProperty("default").GetBoolean()).ToList();
            var point = Assert.Single(defaults);
            Assert.All(keys, key => Assert.Equal(policy.GetProperty(key).GetRawText(), point.GetProperty(key).GetRawText()));
        }

        // The oracle commands at the labelled end + TargetGap - the arm's latency: a later target never answers earlier.
        var oracle = points.Where(p => p.GetProperty("policy").GetString() == "oracle").OrderBy(p => p.GetProperty("value_ms").GetDouble()).ToList();
        Assert.True(oracle[1].GetProperty("gap_ms_median").GetDouble() >= oracle[0].GetProperty("gap_ms_median").GetDouble(), curve.GetRawText());

        // The matched comparison: the reactive default against the best mirror point at an equal or lower false-start rate.
        var matched = curve.GetProperty("matched");
        var reactive = root.GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "reactive");
        Assert.Equal(reactive.GetProperty("false_start_rate").GetDouble(), matched.GetProperty("reactive_false_start_rate").GetDouble());
        Assert.Equal(100, matched.GetProperty("reactive_hold_ms").GetDouble());
        if (matched.GetProperty("mirror_target_gap_ms").ValueKind == JsonValueKind.Number)
        {
            Assert.True(matched.GetProperty("mirror_false_start_rate").GetDouble() <= matched.GetProperty("reactive_false_start_rate").GetDouble());
            Assert.Equal(JsonValueKind.Number, matched.GetProperty("mirror_missed_rate").ValueKind);
        }

        var markdown = File.ReadAllText(Path.Combine(output, EvalReport.Markdown));
        Assert.Contains("## Operating curve", markdown, StringComparison.Ordinal);
        Assert.Contains("| oracle | TargetGap | **200 ms** | 2 |", markdown, StringComparison.Ordinal);
        Assert.Contains("Matched comparison:", markdown, StringComparison.Ordinal);
    }

    [RequiresRecordingsFact("buetepage_hh_kinect", Timeout = 60_000)]
    public async Task Replay_WithoutOperatingCurve_WritesNoCurve()
    {
        await Task.Yield();
        var output = Path.Combine(_root, "out-nocurve");

        var (exit, text) = Run("eval", "--data", EvalSubsets.TwoInteractions(_root), "--out", output, "--policies", "oracle", "--no-yield-probes");

        Assert.True(exit == 0, text);
        Assert.False(File.Exists(Path.Combine(output, EvalOperatingCurveReport.Csv)));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, EvalReport.Json)));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("operating_curve").ValueKind);
        Assert.DoesNotContain("--operating-curve", json.RootElement.GetProperty("command").GetString(), StringComparison.Ordinal);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("--target-gaps", "100,abc", "--target-gaps: 'abc' is not a number of milliseconds")]
    [InlineData("--target-gaps", "100,,200", "--target-gaps: '' is not a number of milliseconds")]
    [InlineData("--target-gaps", "NaN", "--target-gaps: 'NaN' is not a number of milliseconds")]
    [InlineData("--target-gaps", "1e9", "--target-gaps: '1e9' is beyond")]
    [InlineData("--reactive-holds", "0,100ms", "--reactive-holds: '100ms' is not a number of milliseconds")]
    [InlineData("--reactive-holds", "=-100", "--reactive-holds: '-100' is not a valid ReactiveHold")]
    public async Task OperatingCurve_BadList_IsRefusedNamingTheOptionAndTheItem(string option, string list, string expected)
    {
        await Task.Yield();
        // "--option=-100": a value that starts with a minus sign is given with '=' (else it reads as an option).
        var args = list.StartsWith('=')
            ? new[] { "eval", "--data", _root, "--out", Path.Combine(_root, "out"), "--operating-curve", option + list }
            : ["eval", "--data", _root, "--out", Path.Combine(_root, "out"), "--operating-curve", option, list];

        var (exit, output) = Run(args);

        Assert.NotEqual(0, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }

    [Theory(Timeout = 30_000)]
    [InlineData("--target-gaps", "100")]
    [InlineData("--reactive-holds", "100")]
    public async Task OperatingCurve_GridWithoutTheOption_IsRefusedSayingToGiveIt(string option, string list)
    {
        await Task.Yield();

        var (exit, output) = Run("eval", "--data", _root, "--out", Path.Combine(_root, "out"), option, list);

        Assert.NotEqual(0, exit);
        Assert.Contains("give --operating-curve too", output, StringComparison.Ordinal);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("mirror-joint,oracle-joint", "--operating-curve", "none of them")]
    [InlineData("mirror", "--reactive-holds", "--reactive-holds sweeps reactive")]
    [InlineData("reactive", "--target-gaps", "--target-gaps sweeps mirror and oracle")]
    public async Task OperatingCurve_GridForAPolicyNotReplayed_IsRefused(string policies, string option, string expected)
    {
        await Task.Yield();
        string[] grid = option == "--operating-curve" ? [] : [option, "100"];

        var (exit, output) = Run(["eval", "--data", _root, "--out", Path.Combine(_root, "out"), "--policies", policies, "--operating-curve", .. grid]);

        Assert.NotEqual(0, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task OperatingCurve_WithoutOut_IsRefusedSayingReplayNeedsOut()
    {
        await Task.Yield();

        var (exit, output) = Run("eval", "--operating-curve");

        Assert.NotEqual(0, exit);
        Assert.Contains("--operating-curve", output, StringComparison.Ordinal);
        Assert.Contains("give --out DIR too", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultGrids_AreTheDocumentedOnesAndHoldTheDefaults()
    {
        Assert.Equal([.. Enumerable.Range(0, 17).Select(i => -200 + (50.0 * i))], EvalOperatingCurveOptions.DefaultTargetGapsMs);
        Assert.Equal([.. Enumerable.Range(0, 16).Select(i => 100.0 * i)], EvalOperatingCurveOptions.DefaultReactiveHoldsMs);
        Assert.Contains(EvalOperatingCurveOptions.DefaultMs(EvalOperatingCurveOptions.TargetGap), EvalOperatingCurveOptions.DefaultTargetGapsMs);
        Assert.Contains(EvalOperatingCurveOptions.DefaultMs(EvalOperatingCurveOptions.ReactiveHold), EvalOperatingCurveOptions.DefaultReactiveHoldsMs);
    }

    [Fact]
    public void ParseList_SortsAndDropsRepeats()
    {
        Assert.Equal([-50.0, 0, 125.5], EvalOperatingCurveOptions.ParseList("--target-gaps", EvalOperatingCurveOptions.TargetGap, " 125.5,0,-50,0 "));
    }
}
