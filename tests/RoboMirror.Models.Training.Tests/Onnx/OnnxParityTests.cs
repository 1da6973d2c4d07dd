using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using RoboMirror.Models.Contract;
using RoboMirror.Models.Training.Network;
using RoboMirror.Models.Training.Onnx;
using static TorchSharp.torch;

namespace RoboMirror.Models.Training.Tests.Onnx;

public sealed class OnnxParityTests
{
    private const float Tolerance = 1e-5f;

    public OnnxParityTests() => TorchFixture.Ensure();

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Observation_RandomInputs_OnnxRuntimeMatchesTorchSharp(int batch)
    {
        using var network = MirrorNetwork.Create(new MirrorNetworkSettings(), seed: 11);
        network.eval();
        var input = RandomValues(batch * 32 * 36, seed: 3, scale: 1.5f);

        using var torchInput = tensor(input).reshape(batch, 32, 36);
        float[] latent, gesture, activity, timeToEnd;
        using (no_grad())
        {
            using var output = network.Observe(torchInput);
            var (g, a, t) = ObservationProbabilities.From(output);
            using (g)
            using (a)
            using (t)
            {
                latent = output.Latent.data<float>().ToArray();
                gesture = g.data<float>().ToArray();
                activity = a.data<float>().ToArray();
                timeToEnd = t.data<float>().ToArray();
            }
        }

        var model = MirrorOnnxWriter.Observation(network, "test");
        using var session = new InferenceSession(model.ToByteArray());
        using var ortInput = OrtValue.CreateTensorValueFromMemory(input, [batch, 32, 36]);
        using var results = session.Run(
            new RunOptions(),
            [MirrorModelContract.ObservationInput],
            [ortInput],
            [MirrorModelContract.LatentOutput, MirrorModelContract.GestureOutput, MirrorModelContract.ActivityOutput, MirrorModelContract.TimeToEndOutput]);

        AssertClose(latent, results[0].GetTensorDataAsSpan<float>());
        AssertClose(gesture, results[1].GetTensorDataAsSpan<float>());
        AssertClose(activity, results[2].GetTensorDataAsSpan<float>());
        AssertClose(timeToEnd, results[3].GetTensorDataAsSpan<float>());
    }

    [Fact]
    public void Execution_RandomInputs_OnnxRuntimeMatchesTorchSharp()
    {
        var settings = new MirrorNetworkSettings { JointCount = 7 };
        using var network = MirrorNetwork.Create(settings, seed: 5);
        network.eval();
        var input = RandomValues(4 * 32 * 7, seed: 9, scale: 3f);
        using var torchInput = tensor(input).reshape(4, 32, 7);
        float[] expected;
        using (no_grad())
        using (var latent = network.Execute(torchInput))
        {
            expected = latent.data<float>().ToArray();
        }

        var model = MirrorOnnxWriter.Execution(network, "test");
        using var session = new InferenceSession(model.ToByteArray());
        using var ortInput = OrtValue.CreateTensorValueFromMemory(input, [4, 32, 7]);
        using var results = session.Run(new RunOptions(), [MirrorModelContract.ExecutionInput], [ortInput], [MirrorModelContract.LatentOutput]);

        AssertClose(expected, results[0].GetTensorDataAsSpan<float>());
    }

    [Fact]
    public void Observation_Written_DeclaresIr8Opset17AndMetadata()
    {
        using var network = MirrorNetwork.Create(new MirrorNetworkSettings(), seed: 1);

        var model = MirrorOnnxWriter.Observation(network, "test");
        using var session = new InferenceSession(model.ToByteArray());

        Assert.Equal(8, model.IrVersion);
        Assert.Equal(17, Assert.Single(model.OpsetImport).Version);
        Assert.Equal(MirrorModelContract.ObservationRole, session.ModelMetadata.CustomMetadataMap[MirrorModelContract.RoleKey]);
        Assert.Equal("none,waving,shaking,rocket,parachute", session.ModelMetadata.CustomMetadataMap[MirrorModelContract.GestureLabelsKey]);
        Assert.Equal([-1, 32, 36], session.InputMetadata[MirrorModelContract.ObservationInput].Dimensions);
    }

    [Fact]
    public void Observation_DifferentSeeds_GiveDifferentModels()
    {
        using var a = MirrorNetwork.Create(new MirrorNetworkSettings(), seed: 1);
        using var b = MirrorNetwork.Create(new MirrorNetworkSettings(), seed: 2);
        using var c = MirrorNetwork.Create(new MirrorNetworkSettings(), seed: 1);

        var bytesA = MirrorOnnxWriter.Observation(a, "test").ToByteArray();
        var bytesB = MirrorOnnxWriter.Observation(b, "test").ToByteArray();
        var bytesC = MirrorOnnxWriter.Observation(c, "test").ToByteArray();

        Assert.NotEqual(bytesA, bytesB);
        Assert.Equal(bytesA, bytesC);
    }

    internal static float[] RandomValues(int count, int seed, float scale)
    {
        var random = new Random(seed);
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (float)((random.NextDouble() * 2) - 1) * scale;
        }

        return values;
    }

    internal static void AssertClose(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        var worst = 0f;
        var at = -1;
        for (var i = 0; i < expected.Length; i++)
        {
            var difference = MathF.Abs(expected[i] - actual[i]);
            if (difference > worst)
            {
                worst = difference;
                at = i;
            }
        }

        Assert.True(worst <= Tolerance, $"Largest difference {worst:E3} at index {at} exceeds {Tolerance:E0}.");
    }
}
