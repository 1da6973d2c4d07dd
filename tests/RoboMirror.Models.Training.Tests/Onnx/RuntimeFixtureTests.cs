using System.Text.Json;
using Google.Protobuf;
using RoboMirror.Models.Training.Network;
using RoboMirror.Models.Training.Onnx;
using static TorchSharp.torch;

namespace RoboMirror.Models.Training.Tests.Onnx;

/// <summary>
/// RoboMirror.Models.Tests runs without libtorch, so it reads small ONNX files written here and the
/// outputs TorchSharp computes for them. This test fails when the committed fixtures no longer match
/// what the writer produces; run it with ROBOMIRROR_REGENERATE_FIXTURES=1 to rewrite them.
/// </summary>
public sealed class RuntimeFixtureTests
{
    internal static readonly MirrorNetworkSettings FixtureSettings = new()
    {
        WindowFrames = 16,
        FrameRateHz = 20,
        JointCount = 6,
        Channels = 8,
        ConvolutionLayers = 2,
        Hidden = 16,
        LatentSize = 8,
    };

    public RuntimeFixtureTests() => TorchFixture.Ensure();

    [Fact]
    public void Fixtures_WrittenNow_MatchCommittedFiles()
    {
        using var network = MirrorNetwork.Create(FixtureSettings, seed: 2024);
        network.eval();
        var observation = MirrorOnnxWriter.Observation(network, "fixture").ToByteArray();
        var execution = MirrorOnnxWriter.Execution(network, "fixture").ToByteArray();
        var expected = JsonSerializer.Serialize(ExpectedOutputs(network), new JsonSerializerOptions { WriteIndented = true });

        var folder = RepositoryPaths.RuntimeFixtures;
        if (Environment.GetEnvironmentVariable("ROBOMIRROR_REGENERATE_FIXTURES") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, "tiny-observation.onnx"), observation);
            File.WriteAllBytes(Path.Combine(folder, "tiny-execution.onnx"), execution);
            File.WriteAllText(Path.Combine(folder, "tiny-expected.json"), expected);
        }

        Assert.Equal(observation, File.ReadAllBytes(Path.Combine(folder, "tiny-observation.onnx")));
        Assert.Equal(execution, File.ReadAllBytes(Path.Combine(folder, "tiny-execution.onnx")));
        Assert.Equal(expected, File.ReadAllText(Path.Combine(folder, "tiny-expected.json")));
    }

    private static Dictionary<string, float[]> ExpectedOutputs(MirrorNetwork network)
    {
        var settings = network.Settings;
        var window = OnnxParityTests.RandomValues(settings.WindowFrames * settings.FrameFeatures, seed: 77, scale: 1f);
        var joints = OnnxParityTests.RandomValues(settings.WindowFrames * settings.JointCount, seed: 78, scale: 2f);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var output = network.Observe(tensor(window).reshape(1, settings.WindowFrames, settings.FrameFeatures));
        var (gesture, activity, timeToEnd) = ObservationProbabilities.From(output);
        var executed = network.Execute(tensor(joints).reshape(1, settings.WindowFrames, settings.JointCount));
        return new Dictionary<string, float[]>(StringComparer.Ordinal)
        {
            ["window"] = window,
            ["latent"] = output.Latent.data<float>().ToArray(),
            ["gesture"] = gesture.data<float>().ToArray(),
            ["activity"] = activity.data<float>().ToArray(),
            ["time_to_end"] = timeToEnd.data<float>().ToArray(),
            ["joints"] = joints,
            ["execution_latent"] = executed.data<float>().ToArray(),
        };
    }
}
