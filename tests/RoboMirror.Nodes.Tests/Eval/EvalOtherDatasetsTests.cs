using System.Text.Json;
using RoboMirror.Nodes.Session;
using RoboMirror.Nodes.Tests.Sim;
using RoboMirror.Testing;

namespace RoboMirror.Nodes.Tests.Eval;

/// <summary>
/// The replay evaluation on the other datasets' labelled streams: UTKinect's continuous single-person streams (every
/// labelled action a turn, no follower) and SBU's pre-cut two-person clips (person A leads, person B follows), each
/// from a small real copy, alone and beside Bütepage.
/// </summary>
[Collection(SimSessionsCollection.Name)]
public sealed class EvalOtherDatasetsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("robomirror-eval-datasets-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int Exit, string Output) Run(params string[] args) => CommandLineRunner.Run(400, args);

    /// <summary>UTKinect with one stream (s01_e01) and its label block only.</summary>
    private string UtKinectCopy(string parent)
    {
        var source = Recordings.RequireDataset("utkinect_action3d");
        var copy = Path.Combine(parent, "utkinect_action3d");
        Directory.CreateDirectory(copy);
        File.Copy(Path.Combine(source, "joints_s01_e01.txt"), Path.Combine(copy, "joints_s01_e01.txt"));
        var lines = File.ReadAllLines(Path.Combine(source, "actionLabel.txt"));
        var start = Array.IndexOf(lines, "s01_e01");
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("s0", StringComparison.Ordinal) || l.StartsWith("s1", StringComparison.Ordinal));
        File.WriteAllLines(Path.Combine(copy, "actionLabel.txt"), lines[start..(end < 0 ? lines.Length : end)]);
        return copy;
    }

    /// <summary>SBU with one set's shaking-hands takes.</summary>
    private string SbuCopy(string parent)
    {
        var source = Path.Combine(Recordings.RequireDataset("sbu_kinect_interaction"), "s01s02", "05");
        var copy = Path.Combine(parent, "sbu_kinect_interaction", "s01s02", "05");
        foreach (var take in Directory.GetDirectories(source))
        {
            var target = Path.Combine(copy, Path.GetFileName(take));
            Directory.CreateDirectory(target);
            File.Copy(Path.Combine(take, "skeleton_pos.txt"), Path.Combine(target, "skeleton_pos.txt"));
        }

        return Path.Combine(parent, "sbu_kinect_interaction");
    }

    [RequiresRecordingsFact("utkinect_action3d", Timeout = 120_000)]
    public async Task Load_UtKinectStream_EveryLabelledActionIsATurnWithoutAFollower()
    {
        await Task.Yield();
        var folder = UtKinectCopy(_root);

        var data = EvalDataLoader.Load(folder, seed: 1);

        Assert.Equal(10, data.Interactions.Count);
        Assert.All(data.Interactions, i =>
        {
            Assert.Equal("utkinect_action3d", i.Dataset);
            Assert.Null(i.FollowerOnset);
            Assert.False(i.IsTrainingData);
            Assert.StartsWith("utkinect/s01_e01/", i.Name, StringComparison.Ordinal);
        });
        var wave = Assert.Single(data.Interactions, i => i.Name == "utkinect/s01_e01/waveHands");
        Assert.Equal(TimeSpan.FromSeconds(1834 / 30.0), wave.LabelledStart);
        Assert.InRange((wave.Clip.ActivityEnd - wave.Clip.ActivityStart).TotalSeconds, ((2064 - 1834) / 30.0) - 0.001, ((2064 - 1834) / 30.0) + 0.001);
        Assert.Null(data.BuetepageFolder);
    }

    [RequiresRecordingsFact("sbu_kinect_interaction", Timeout = 120_000)]
    public async Task Load_SbuClips_PersonALeadsPersonBFollowsAndThePreCutClipIsHeldAtBothEnds()
    {
        await Task.Yield();
        var folder = SbuCopy(_root);

        var data = EvalDataLoader.Load(folder, seed: 1);

        Assert.NotEmpty(data.Interactions);
        Assert.All(data.Interactions, i =>
        {
            Assert.Equal("sbu_kinect_interaction", i.Dataset);
            Assert.Equal("s01s02", i.Person);
            Assert.StartsWith("sbu/s01s02/05/", i.Name, StringComparison.Ordinal);
            Assert.Equal(i.Clip.ActivityStart, TimeSpan.FromMilliseconds(500));
        });
        Assert.Contains(data.Interactions, i => i.FollowerOnset is not null);
    }

    [RequiresRecordingsFact("buetepage_hh_kinect", Timeout = 300_000)]
    public async Task Replay_FolderWithThreeDatasets_ScoresEachAndReportsThemApart()
    {
        await Task.Yield();
        var data = Path.Combine(_root, "data");
        UtKinectCopy(data);
        SbuCopy(data);
        var source = Path.Combine(Recordings.RequireDataset("buetepage_hh_kinect"), "data4");
        var data4 = Path.Combine(data, "buetepage_hh_kinect", "data4");
        Directory.CreateDirectory(Path.Combine(data4, "waving"));
        File.WriteAllLines(Path.Combine(data4, "annotation.txt"), File.ReadAllLines(Path.Combine(source, "annotation.txt")).Where(l => l.StartsWith("w 1 0 ", StringComparison.Ordinal)));
        foreach (var user in new[] { 1, 2 })
        {
            File.Copy(Path.Combine(source, "waving", $"pair_1_rec_0_user_{user}.txt"), Path.Combine(data4, "waving", $"pair_1_rec_0_user_{user}.txt"));
        }

        var output = Path.Combine(_root, "out");
        var (exit, text) = Run("eval", "--data", data, "--out", output, "--policies", "reactive");

        Assert.True(exit == 0, text);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, EvalReport.Json)));
        var root = json.RootElement;
        var datasets = root.GetProperty("datasets");
        Assert.Equal(1, datasets.GetProperty("buetepage_hh_kinect").GetInt32());
        Assert.Equal(10, datasets.GetProperty("utkinect_action3d").GetInt32());
        Assert.True(datasets.GetProperty("sbu_kinect_interaction").GetInt32() > 0);
        var byDataset = root.GetProperty("by_dataset").EnumerateArray().ToList();
        Assert.Equal(3, byDataset.Count);
        var total = root.GetProperty("interactions").GetInt32();
        Assert.Equal(total, byDataset.Sum(d => d.GetProperty("policies")[0].GetProperty("turns").GetInt32()));

        // UTKinect has no follower: its turns have no onset error; turns.csv says which dataset each row is from.
        var rows = File.ReadAllLines(Path.Combine(output, EvalReport.Csv));
        var header = rows[0].Split(',');
        var dataset = Array.IndexOf(header, "dataset");
        var error = Array.IndexOf(header, "onset_error_vs_human_ms");
        Assert.True(dataset > 0);
        Assert.All(rows.Skip(1).Select(r => r.Split(',')).Where(r => r[dataset] == "utkinect_action3d"), r => Assert.Equal(string.Empty, r[error]));
        Assert.Contains("By dataset", File.ReadAllText(Path.Combine(output, EvalReport.Markdown)), StringComparison.Ordinal);
    }
}
