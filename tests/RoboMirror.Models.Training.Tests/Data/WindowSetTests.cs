using RoboMirror.Models.Features;
using RoboMirror.Models.Training.Data;
using RoboMirror.Models.Training.Network;
using RoboMirror.Models.Training.Tests.Training;
using RoboMirror.Perception.Datasets.Buetepage;
using RoboMirror.Testing;

namespace RoboMirror.Models.Training.Tests.Data;

public sealed class WindowSetTests
{
    [Fact]
    public void Build_EarlyWindow_RepeatsFirstFrameBeforeRecording()
    {
        var settings = new MirrorNetworkSettings { WindowFrames = 8 };
        var set = SyntheticData.Windows(settings, interactionsPerGesture: 1);
        var first = set.Interactions[0].Leader.AsSpan(0, SkeletonFeatures.Count).ToArray();

        // Window 0 ends at grid frame 0: all 8 frames are the first frame.
        for (var f = 0; f < 8; f++)
        {
            Assert.Equal(first, set.Inputs.AsSpan(f * SkeletonFeatures.Count, SkeletonFeatures.Count).ToArray());
        }
    }

    [RequiresRecordingsFact(BuetepageReader.DatasetName)]
    public void Build_RealRecordings_LabelsGestureOnlyInsideAnnotatedSpan()
    {
        var settings = new MirrorNetworkSettings();
        var grids = MirrorDataset.Load(Recordings.RequireDataset(BuetepageReader.DatasetName), settings.FrameRateHz, settings.GestureLabels);

        var set = WindowSet.Build(grids, settings.WindowFrames, hop: 1);

        Assert.Equal(32, grids.Count);
        Assert.Equal(["pair_1", "pair_2", "pair_3", "pair_4"], grids.Select(g => g.PairKey).Distinct().Order());
        Assert.Equal(grids.Sum(g => g.Frames), set.Count);
        foreach (var window in set.Windows)
        {
            var grid = grids[window.Interaction];
            var t = grid.TimeOf(window.EndFrame);
            var inside = t >= grid.StartSeconds && t <= grid.StopSeconds;
            Assert.Equal(inside ? grid.GestureClass : 0, window.Labels.GestureClass);
        }

        Assert.InRange(set.Windows.Count(w => w.Labels.InGesture) / (double)set.Count, 0.5, 0.95);
    }
}
