using Microsoft.ML.OnnxRuntime;
using RoboMirror.Models.Contract;
using RoboMirror.Models.Features;
using RoboMirror.Models.Training.Data;
using RoboMirror.Models.Training.Network;
using RoboMirror.Models.Training.Onnx;
using RoboMirror.Perception.Datasets.Buetepage;
using RoboMirror.Testing;
using static TorchSharp.torch;
using Google.Protobuf;

namespace RoboMirror.Models.Training.Tests.Onnx;

public sealed class RealInputParityTests
{
    public RealInputParityTests() => TorchFixture.Ensure();

    [RequiresRecordingsFact(BuetepageReader.DatasetName)]
    public void Observation_RealBuetepageWindows_OnnxRuntimeMatchesTorchSharp()
    {
        var settings = new MirrorNetworkSettings();
        var grids = MirrorDataset.Load(Recordings.RequireDataset(BuetepageReader.DatasetName), settings.FrameRateHz, settings.GestureLabels);
        var windows = WindowSet.Build([grids[0], grids[^1]], settings.WindowFrames, hop: 7);
        using var network = MirrorNetwork.Create(settings, seed: 21);
        network.eval();
        float[] latent, gesture, activity, timeToEnd;
        using (no_grad())
        using (var input = tensor(windows.Inputs).reshape(windows.Count, settings.WindowFrames, SkeletonFeatures.Count))
        using (var output = network.Observe(input))
        {
            var (g, a, t) = ObservationProbabilities.From(output);
            latent = output.Latent.data<float>().ToArray();
            gesture = g.data<float>().ToArray();
            activity = a.data<float>().ToArray();
            timeToEnd = t.data<float>().ToArray();
            g.Dispose();
            a.Dispose();
            t.Dispose();
        }

        using var session = new InferenceSession(MirrorOnnxWriter.Observation(network, "test").ToByteArray());
        using var ortInput = OrtValue.CreateTensorValueFromMemory(windows.Inputs, [windows.Count, settings.WindowFrames, SkeletonFeatures.Count]);
        using var results = session.Run(
            new RunOptions(),
            [MirrorModelContract.ObservationInput],
            [ortInput],
            [MirrorModelContract.LatentOutput, MirrorModelContract.GestureOutput, MirrorModelContract.ActivityOutput, MirrorModelContract.TimeToEndOutput]);

        Assert.True(windows.Count > 50, $"only {windows.Count} windows");
        OnnxParityTests.AssertClose(latent, results[0].GetTensorDataAsSpan<float>());
        OnnxParityTests.AssertClose(gesture, results[1].GetTensorDataAsSpan<float>());
        OnnxParityTests.AssertClose(activity, results[2].GetTensorDataAsSpan<float>());
        OnnxParityTests.AssertClose(timeToEnd, results[3].GetTensorDataAsSpan<float>());
    }

    [RequiresRecordingsFact(BuetepageReader.DatasetName)]
    public void ShippedModel_RealWindows_RunsAndGivesProbabilities()
    {
        var path = Path.Combine(RepositoryPaths.Root, "models", "mirror-observation.onnx");
        Assert.True(File.Exists(path), $"The shipped model {path} is missing; run `robomirror train`.");
        using var encoder = RoboMirror.Models.Inference.ObservationEncoder.Open(path, new() { Providers = [RoboMirror.Models.Inference.ExecutionProvider.Cpu] });
        var grids = MirrorDataset.Load(Recordings.RequireDataset(BuetepageReader.DatasetName), encoder.FrameRateHz, encoder.GestureLabels);
        var window = new float[encoder.WindowFrames * SkeletonFeatures.Count];
        WindowSet.CopyWindow(grids[0], grids[0].Frames / 2, encoder.WindowFrames, window);

        encoder.Encode(window);

        Assert.Equal(1f, encoder.GestureProbabilities.ToArray().Sum(), 4);
        Assert.InRange(encoder.TimeToEndSeconds, 0f, ActivityBins.Horizon);
    }
}
