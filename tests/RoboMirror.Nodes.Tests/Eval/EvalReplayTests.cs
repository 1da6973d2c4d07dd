using System.Globalization;
using System.Text.Json;
using RoboMirror.Controller.Session;
using RoboMirror.Controller.Simulation;
using RoboMirror.Nodes.Session;
using RoboMirror.Nodes.Tests.Sim;
using RoboMirror.Perception.Skeleton;
using RoboMirror.Testing;

namespace RoboMirror.Nodes.Tests.Eval;

[Collection(SimSessionsCollection.Name)]
public sealed class EvalReplayTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("robomirror-evalreplay-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int Exit, string Output) Run(params string[] args) => CommandLineRunner.Run(400, args);

    /// <summary>A copy of the dataset holding only pair 1's first waving and shaking recordings (and the full annotation file).</summary>
    private string TwoInteractionCopy() => EvalSubsets.TwoInteractions(_root);

    [RequiresRecordingsFact("buetepage_hh_kinect", Timeout = 60_000)]
    public async Task Replay_TwoInteractionsReactiveAndOracle_WritesEveryFileWithOneTurnPerInteractionAndPolicy()
    {
        await Task.Yield();
        var data = TwoInteractionCopy();
        var output = Path.Combine(_root, "out");

        var (exit, text) = Run("eval", "--data", data, "--out", output, "--policies", "reactive,oracle", "--seed", "3");

        Assert.True(exit == 0, text);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, EvalReport.Json)));
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("interactions").GetInt32());
        var policies = root.GetProperty("policies").EnumerateArray().ToList();
        Assert.Equal(["reactive", "oracle"], policies.Select(p => p.GetProperty("name").GetString()));
        foreach (var policy in policies)
        {
            Assert.Equal(2, policy.GetProperty("turns").GetInt32());
            foreach (var key in new[] { "gap_ms_median", "gap_ms_p90", "false_start_rate", "missed_rate", "onset_error_vs_human_ms_median" })
            {
                Assert.True(policy.TryGetProperty(key, out _), key);
            }

            foreach (var rate in new[] { "false_start_rate", "missed_rate" })
            {
                Assert.InRange(policy.GetProperty(rate).GetDouble(), 0, 1);
            }
        }

        // Every alternating policy was probed: the partner played its clip again while the robot answered.
        foreach (var policy in policies)
        {
            var yield = policy.GetProperty("yield");
            Assert.Equal(2, yield.GetProperty("probes").GetInt32());
            Assert.Equal(
                yield.GetProperty("robot_busy_at_resume").GetInt32(),
                yield.GetProperty("yielded").GetInt32() + yield.GetProperty("answer_ended_first").GetInt32() + yield.GetProperty("not_seen_resuming").GetInt32());
            if (yield.GetProperty("yielded").GetInt32() > 0)
            {
                Assert.InRange(yield.GetProperty("yield_latency_ms_median").GetDouble(), 0, 4000);
            }
        }

        var probes = File.ReadAllLines(Path.Combine(output, EvalReport.ProbesCsv));
        Assert.Equal(1 + 4, probes.Length);
        Assert.StartsWith("policy,interaction,resumed_start_s,robot_busy_at_resume,", probes[0], StringComparison.Ordinal);

        // The oracle commands at the labelled end + 200 ms - the arm's latency: its answers land after the end, within the window.
        var oracle = policies[1];
        Assert.Equal(0, oracle.GetProperty("false_start_rate").GetDouble());
        Assert.InRange(oracle.GetProperty("gap_ms_median").GetDouble(), 100, 600);

        var mirror = root.GetProperty("mirror");
        foreach (var key in new[] { "source", "recall_at_1", "gesture_accuracy_at_50pct", "tte_error_ms_median" })
        {
            Assert.True(mirror.TryGetProperty(key, out _), key);
        }

        var rows = File.ReadAllLines(Path.Combine(output, EvalReport.Csv));
        Assert.Equal(1 + 4, rows.Length);

        // Both followers move in these recordings: every turn has the human's onset, and so an onset error. The
        // waving follower is already moving at the annotated start: their segment's start precedes the labelled start.
        Assert.All(policies, p => Assert.Equal(JsonValueKind.Number, p.GetProperty("onset_error_vs_human_ms_median").ValueKind));
        var waving = rows.First(r => r.StartsWith("reactive,waving/", StringComparison.Ordinal)).Split(',');
        var header = rows[0].Split(',');
        var partnerStart = double.Parse(waving[Array.IndexOf(header, "partner_start_s")], CultureInfo.InvariantCulture);
        var followerOnset = double.Parse(waving[Array.IndexOf(header, "follower_onset_s")], CultureInfo.InvariantCulture);
        Assert.InRange(followerOnset, partnerStart - 1.0, partnerStart);

        // Both recordings have a leader and a follower onset: one joint floor for the dataset, over both.
        var floor = Assert.Single(root.GetProperty("joint_floor").EnumerateArray());
        Assert.Equal("buetepage_hh_kinect", floor.GetProperty("dataset").GetString());
        Assert.Equal(2, floor.GetProperty("interactions").GetInt32());
        Assert.True(floor.GetProperty("abs_onset_error_ms_median_at_best_lag").GetDouble() >= 0);
        Assert.Equal(2, rows.Count(r => r.StartsWith("reactive,", StringComparison.Ordinal)));
        Assert.Contains(rows, r => r.StartsWith("oracle,waving/pair_1_rec_0,waving,1,", StringComparison.Ordinal));
        var markdown = File.ReadAllText(Path.Combine(output, EvalReport.Markdown));
        Assert.Contains("| reactive | 2 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| oracle | 2 |", markdown, StringComparison.Ordinal);
        foreach (var policy in new[] { "reactive", "oracle" })
        {
            foreach (var file in new[] { "gaps.png", "gaps.svg", "timeline.png", "timeline.svg" })
            {
                Assert.True(new FileInfo(Path.Combine(output, policy, file)).Length > 0, $"{policy}/{file}");
            }
        }
    }

    [RequiresRecordingsFact("buetepage_hh_kinect", Timeout = 60_000)]
    public async Task Replay_WithoutYieldProbes_WritesNoProbeFigures()
    {
        await Task.Yield();
        var output = Path.Combine(_root, "out-noprobes");

        var (exit, text) = Run("eval", "--data", TwoInteractionCopy(), "--out", output, "--policies", "reactive", "--no-yield-probes");

        Assert.True(exit == 0, text);
        Assert.False(File.Exists(Path.Combine(output, EvalReport.ProbesCsv)));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, EvalReport.Json)));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("policies")[0].GetProperty("yield").ValueKind);
        Assert.Contains("--no-yield-probes", json.RootElement.GetProperty("command").GetString(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task Replay_FolderWithoutInteractions_SaysSoNamingTheFolder()
    {
        await Task.Yield();
        var empty = Path.Combine(_root, "empty");
        Directory.CreateDirectory(empty);

        var (exit, output) = Run("eval", "--data", empty, "--out", Path.Combine(_root, "out"), "--policies", "reactive");

        Assert.Equal(1, exit);
        Assert.Contains("No labelled interactions", output, StringComparison.Ordinal);
        Assert.Contains(empty, output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_root, "out", EvalReport.Json)));
    }

    [Fact(Timeout = 30_000)]
    public async Task Replay_AnnotationWithoutRecordingFiles_SaysSoNamingTheFolder()
    {
        await Task.Yield();
        var data = Path.Combine(_root, "annotations-only");
        Directory.CreateDirectory(Path.Combine(data, "data4"));
        await File.WriteAllTextAsync(Path.Combine(data, "data4", "annotation.txt"), "w 1 0 29 270 0\n");

        var (exit, output) = Run("eval", "--data", data, "--out", Path.Combine(_root, "out"), "--policies", "reactive");

        Assert.Equal(1, exit);
        Assert.Contains("No labelled interactions", output, StringComparison.Ordinal);
        Assert.Contains(data, output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task Replay_UnknownPolicy_IsRefusedListingTheValidOnes()
    {
        await Task.Yield();
        var (exit, output) = Run("eval", "--data", _root, "--out", Path.Combine(_root, "out"), "--policies", "reactive,eager");

        Assert.NotEqual(0, exit);
        Assert.Contains("'eager'", output, StringComparison.Ordinal);
        Assert.Contains("mirror, reactive, oracle", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task Eval_PoliciesWithoutOut_IsRefusedSayingReplayNeedsOut()
    {
        await Task.Yield();
        var (exit, output) = Run("eval", "--policies", "reactive");

        Assert.NotEqual(0, exit);
        Assert.Contains("--out", output, StringComparison.Ordinal);
    }

    /// <summary>A 3 s clip at 10 Hz whose right hand rises 1 unit a frame; labelled movement 0.5-2.5 s.</summary>
    private static GestureClip RisingHandClip()
    {
        var frames = Enumerable.Range(0, 31).Select(i =>
        {
            var frame = new CanonicalSkeleton(SkeletonSpace.Body3D) { Timestamp = TimeSpan.FromMilliseconds(100 * i) };
            frame.Set(CanonicalJoint.RightHand, new System.Numerics.Vector3(0, 0, i), 1);
            return frame;
        }).ToList();
        return new GestureClip("waving", "test", frames, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public void ReplayPartner_PlaysTheClipOnceThenHoldsItsLastFrame()
    {
        var clip = RisingHandClip();
        var partner = new ReplayPartner(clip, TimeSpan.FromSeconds(1));
        var target = new CanonicalSkeleton();

        partner.Step(TimeSpan.FromSeconds(0.5), target);
        Assert.Empty(partner.Turns);
        Assert.Equal(0, target.Position(CanonicalJoint.RightHand).Z);

        partner.Step(TimeSpan.FromSeconds(2), target);
        var turn = Assert.Single(partner.Turns);
        Assert.Equal(TimeSpan.FromSeconds(1.5), turn.Start);
        Assert.Equal(TimeSpan.FromSeconds(3.5), turn.End);
        Assert.False(turn.Hesitated || turn.Overlap);
        Assert.Equal(10, target.Position(CanonicalJoint.RightHand).Z);
        Assert.Equal(TimeSpan.FromSeconds(2), target.Timestamp);

        partner.Step(TimeSpan.FromSeconds(60), target);
        Assert.Single(partner.Turns);
        Assert.Equal(30, target.Position(CanonicalJoint.RightHand).Z);
    }

    [Fact]
    public void ReplayPartner_Resumed_PlaysTheClipAgainFromWhereThePartnerStandsAndLogsAnOverlappingTurn()
    {
        var clip = RisingHandClip();
        var partner = new ReplayPartner(clip, TimeSpan.FromSeconds(1));
        var target = new CanonicalSkeleton();
        partner.Step(TimeSpan.FromSeconds(2), target);

        Assert.Throws<ArgumentOutOfRangeException>(() => partner.Resume(TimeSpan.FromSeconds(3)));
        var resumed = partner.Resume(TimeSpan.FromSeconds(5));
        Assert.Equal(resumed, partner.Resume(TimeSpan.FromSeconds(9)));

        partner.Step(TimeSpan.FromSeconds(4.9), target);
        Assert.Single(partner.Turns);
        Assert.Equal(30, target.Position(CanonicalJoint.RightHand).Z);

        // At the restart the partner is where the first play left them (no jump), then moves as in the clip.
        partner.Step(TimeSpan.FromSeconds(5), target);
        Assert.Equal(30, target.Position(CanonicalJoint.RightHand).Z);
        partner.Step(TimeSpan.FromSeconds(6), target);
        Assert.Equal(40, target.Position(CanonicalJoint.RightHand).Z);
        Assert.Equal(2, partner.Turns.Count);
        Assert.Equal(partner.Turns[1], resumed);
        Assert.True(resumed.Overlap);
        Assert.Equal(TimeSpan.FromSeconds(5.5), resumed.Start);
        Assert.Equal(TimeSpan.FromSeconds(7.5), resumed.End);
    }
}
