using RoboMirror.Models.Training.Data;
using RoboMirror.Models.Training.Network;
using RoboMirror.Models.Training.Training;

namespace RoboMirror.Models.Training.Tests.Training;

public sealed class LeaveOnePairOutTests
{
    private static readonly MirrorNetworkSettings Small = new() { WindowFrames = 16, Channels = 8, Hidden = 16, LatentSize = 8, ConvolutionLayers = 2 };

    public LeaveOnePairOutTests() => TorchFixture.Ensure();

    [Fact]
    public void Run_TwoSyntheticPairs_GivesOneResultPerHeldOutPairWithBaselines()
    {
        var grids = SyntheticData.Windows(Small, interactionsPerGesture: 2).Interactions;
        var epochs = new List<string>();

        var results = LeaveOnePairOut.Run(grids, Small, new TrainingSettings { Epochs = 2, BatchSize = 32 }, (pair, _) => epochs.Add(pair));

        Assert.Equal(["pair_0", "pair_1"], results.Select(r => r.HeldOutPair));
        Assert.Equal(["pair_0", "pair_0", "pair_1", "pair_1"], epochs);
        foreach (var pair in results)
        {
            Assert.Equal(4, pair.Interactions);
            Assert.Equal(["10%", "25%", "50%", "100%"], pair.GestureAccuracyBySeen.Keys);
            Assert.All(pair.GestureAccuracyBySeen.Values, f => Assert.Equal(0.25, f.Baseline, 10));
            Assert.InRange(pair.ActivityBalancedAccuracy.Value, 0, 1);
            Assert.InRange(pair.ActivityBalancedAccuracy.Baseline, 0.5, 1);
            Assert.True(pair.TimeToEndMedianErrorMs.Baseline > 0);
            Assert.True(pair.TimeToEndP90ErrorMs.Value >= pair.TimeToEndMedianErrorMs.Value);
            Assert.Null(pair.RecallAt1);
        }
    }

    [Fact]
    public void Run_OnePair_Throws()
    {
        var grids = SyntheticData.Windows(Small, interactionsPerGesture: 1).Interactions;

        Assert.Throws<ArgumentException>(() => LeaveOnePairOut.Run(grids, Small, new TrainingSettings { Epochs = 1 }));
    }
}
