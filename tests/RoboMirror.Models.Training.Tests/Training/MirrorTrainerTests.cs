using RoboMirror.Models.Training.Data;
using RoboMirror.Models.Training.Network;
using RoboMirror.Models.Training.Training;

namespace RoboMirror.Models.Training.Tests.Training;

public sealed class MirrorTrainerTests
{
    private static readonly MirrorNetworkSettings Small = new() { WindowFrames = 16, Channels = 8, Hidden = 16, LatentSize = 8, ConvolutionLayers = 2 };

    public MirrorTrainerTests() => TorchFixture.Ensure();

    [Fact]
    public void Train_SeparableSyntheticGestures_LossFallsAndAccuracyRises()
    {
        var windows = SyntheticData.Windows(Small, interactionsPerGesture: 2);
        var reports = new List<EpochReport>();

        using var network = MirrorTrainer.Train(windows, windows, Small, new TrainingSettings { Epochs = 6, BatchSize = 32, Threads = 1 }, reports.Add);

        Assert.Equal(6, reports.Count);
        Assert.True(reports[^1].TrainLoss < reports[0].TrainLoss * 0.8, $"loss {reports[0].TrainLoss} → {reports[^1].TrainLoss}");
        Assert.True(reports[^1].ValidationGestureAccuracy > 0.6, $"accuracy {reports[^1].ValidationGestureAccuracy}");
    }

    [Fact]
    public void Train_WithOwnJointCommands_AlignsObservedAndExecutedLatents()
    {
        var windows = SyntheticData.Windows(Small, interactionsPerGesture: 2, withJoints: true);

        using var network = MirrorTrainer.Train(windows, null, Small, new TrainingSettings { Epochs = 6, BatchSize = 32 });
        var metrics = MirrorEvaluator.Evaluate("pair_0", network, windows, windows);

        Assert.NotNull(metrics.RecallAt1);
        // A short run on a tiny network: well above chance, far from perfect.
        Assert.True(metrics.RecallAt1.Value > metrics.RecallAt1.Baseline * 1.5, $"Recall@1 {metrics.RecallAt1.Value} vs chance {metrics.RecallAt1.Baseline}");
        Assert.NotNull(metrics.MirrorIndex);
        Assert.True(metrics.MirrorIndex > 0);
    }

    [Fact]
    public void Train_SameSeedTwice_GivesSameLosses()
    {
        var windows = SyntheticData.Windows(Small, interactionsPerGesture: 1);
        var settings = new TrainingSettings { Epochs = 2, BatchSize = 16 };
        var first = new List<EpochReport>();
        var second = new List<EpochReport>();

        using (MirrorTrainer.Train(windows, null, Small, settings, first.Add))
        using (MirrorTrainer.Train(windows, null, Small, settings, second.Add))
        {
            Assert.Equal(first.Select(r => r.TrainLoss), second.Select(r => r.TrainLoss));
        }
    }

    [Fact]
    public void Train_WithCheckpointFolder_WritesOneCheckpointPerEpoch()
    {
        var windows = SyntheticData.Windows(Small, interactionsPerGesture: 1);
        var folder = Path.Combine(Path.GetTempPath(), $"robomirror-ckpt-{Guid.NewGuid():N}");
        try
        {
            using var network = MirrorTrainer.Train(windows, null, Small, new TrainingSettings { Epochs = 2, BatchSize = 16 }, checkpointFolder: folder);

            Assert.Equal(["epoch-001.dat", "epoch-002.dat"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Validate_BadSettings_NamesEachProblem()
    {
        var error = Assert.Throws<ArgumentException>(() => new TrainingSettings { Epochs = 0, Temperature = 0 }.Validate());

        Assert.Contains("Epochs is 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("Temperature is 0", error.Message, StringComparison.Ordinal);
    }
}
