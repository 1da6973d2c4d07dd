using System.Globalization;
using Google.Protobuf;
using RoboMirror.Models.Contract;
using RoboMirror.Models.Features;
using RoboMirror.Models.Training.Network;
using RoboMirror.Models.Training.Onnx.Proto;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RoboMirror.Models.Training.Onnx;

/// <summary>
/// Writes the trained mirror network as two ONNX graphs (IR 8, opset 17), because TorchSharp has no ONNX
/// export: the observation model (window → latent, gesture probabilities, activity probabilities, time to
/// end) and the execution model (joint window → latent). Operators used: Transpose, Conv, Relu, Flatten,
/// Gemm, ReduceL2, Max, Div, Softmax, Sigmoid, MatMul — each mirrors one TorchSharp call in the network.
/// </summary>
internal static class MirrorOnnxWriter
{
    /// <summary>The observation model as an ONNX model.</summary>
    public static ModelProto Observation(MirrorNetwork network, string producerVersion)
    {
        ArgumentNullException.ThrowIfNull(network);
        var settings = network.Settings;
        var graph = new OnnxGraphBuilder("robomirror_observation");
        var input = graph.Input(MirrorModelContract.ObservationInput, settings.WindowFrames, settings.FrameFeatures);
        var hidden = Trunk(graph, "observation", network.ObservationTrunk, input);
        var latent = Latent(graph, "observation", network.ObservationLatent, hidden);

        var gestureLogits = Gemm(graph, "gesture_head", network.GestureHead, hidden);
        graph.Node("Softmax", [gestureLogits], MirrorModelContract.GestureOutput, OnnxAttribute.Int("axis", 1L));
        var activityLogits = Gemm(graph, "activity_head", network.ActivityHead, hidden);
        graph.Node("Sigmoid", [activityLogits], MirrorModelContract.ActivityOutput);
        var widths = new float[ActivityBins.Count];
        for (var k = 0; k < widths.Length; k++)
        {
            widths[k] = ActivityBins.Width(k);
        }

        var widthColumn = graph.Initializer("activity_bin_widths", widths, ActivityBins.Count, 1);
        graph.Node("MatMul", [MirrorModelContract.ActivityOutput, widthColumn], MirrorModelContract.TimeToEndOutput);

        graph.Output(latent, settings.LatentSize);
        graph.Output(MirrorModelContract.GestureOutput, settings.GestureLabels.Count);
        graph.Output(MirrorModelContract.ActivityOutput, ActivityBins.Count);
        graph.Output(MirrorModelContract.TimeToEndOutput, 1);

        var metadata = CommonMetadata(settings, MirrorModelContract.ObservationRole);
        metadata[MirrorModelContract.FrameFeaturesKey] = Text(settings.FrameFeatures);
        metadata[MirrorModelContract.FeatureLayoutKey] = SkeletonFeatures.Layout;
        metadata[MirrorModelContract.GestureLabelsKey] = string.Join(',', settings.GestureLabels);
        metadata[MirrorModelContract.ActivityBinEdgesKey] = ActivityBins.EdgesText();
        return graph.Build(metadata, producerVersion);
    }

    /// <summary>The execution model as an ONNX model.</summary>
    public static ModelProto Execution(MirrorNetwork network, string producerVersion)
    {
        ArgumentNullException.ThrowIfNull(network);
        var settings = network.Settings;
        var graph = new OnnxGraphBuilder("robomirror_execution");
        var input = graph.Input(MirrorModelContract.ExecutionInput, settings.WindowFrames, settings.JointCount);
        var hidden = Trunk(graph, "execution", network.ExecutionTrunk, input);
        var latent = Latent(graph, "execution", network.ExecutionLatent, hidden);
        graph.Output(latent, settings.LatentSize);
        var metadata = CommonMetadata(settings, MirrorModelContract.ExecutionRole);
        metadata[MirrorModelContract.JointCountKey] = Text(settings.JointCount);
        return graph.Build(metadata, producerVersion);
    }

    /// <summary>Writes <paramref name="model"/> to <paramref name="path"/> (through a temporary file, so a reader never sees half a model).</summary>
    public static void Save(ModelProto model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            model.WriteTo(stream);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static Dictionary<string, string> CommonMetadata(MirrorNetworkSettings settings, string role) => new(StringComparer.Ordinal)
    {
        [MirrorModelContract.RoleKey] = role,
        [MirrorModelContract.WindowFramesKey] = Text(settings.WindowFrames),
        [MirrorModelContract.FrameRateKey] = settings.FrameRateHz.ToString("R", CultureInfo.InvariantCulture),
        [MirrorModelContract.LatentSizeKey] = Text(settings.LatentSize),
    };

    // TemporalConvEncoder.forward: transpose(1, 2) → (Conv1d → relu)* → flatten(1) → Linear → relu.
    private static string Trunk(OnnxGraphBuilder graph, string prefix, TemporalConvEncoder trunk, string input)
    {
        var x = graph.Node("Transpose", [input], $"{prefix}_channels_first", OnnxAttribute.Ints("perm", 0L, 2L, 1L));
        var index = 0;
        foreach (var convolution in trunk.Convolutions)
        {
            var name = $"{prefix}_conv{index}";
            var weight = graph.Initializer($"{name}_weight", Values(convolution.weight!), Shape(convolution.weight!));
            var bias = graph.Initializer($"{name}_bias", Values(convolution.bias!), Shape(convolution.bias!));
            var kernel = convolution.weight!.shape[2];
            var conv = graph.Node(
                "Conv",
                [x, weight, bias],
                $"{name}_out",
                OnnxAttribute.Ints("kernel_shape", kernel),
                OnnxAttribute.Ints("strides", 2L),
                OnnxAttribute.Ints("pads", (long)trunk.Padding, trunk.Padding),
                OnnxAttribute.Ints("dilations", 1L),
                OnnxAttribute.Int("group", 1L));
            x = graph.Node("Relu", [conv], $"{name}_relu");
            index++;
        }

        var flat = graph.Node("Flatten", [x], $"{prefix}_flat", OnnxAttribute.Int("axis", 1L));
        var projected = Gemm(graph, $"{prefix}_projection", trunk.Projection, flat);
        return graph.Node("Relu", [projected], $"{prefix}_hidden");
    }

    // LatentProjection.forward: z = Linear(x); z / max(sqrt(Σ z²), ε).
    private static string Latent(OnnxGraphBuilder graph, string prefix, LatentProjection projection, string hidden)
    {
        var z = Gemm(graph, $"{prefix}_latent_linear", projection.Linear, hidden);
        var norm = graph.Node("ReduceL2", [z], $"{prefix}_latent_norm", OnnxAttribute.Ints("axes", 1L), OnnxAttribute.Int("keepdims", 1L));
        var epsilon = graph.Initializer($"{prefix}_latent_epsilon", [LatentProjection.Epsilon], 1);
        var clamped = graph.Node("Max", [norm, epsilon], $"{prefix}_latent_norm_clamped");
        return graph.Node("Div", [z, clamped], MirrorModelContract.LatentOutput);
    }

    // Linear: y = x Wᵀ + b, which is Gemm with transB = 1 (TorchSharp stores W as [out, in]).
    private static string Gemm(OnnxGraphBuilder graph, string name, Linear linear, string input)
    {
        var weight = graph.Initializer($"{name}_weight", Values(linear.weight!), Shape(linear.weight!));
        var bias = graph.Initializer($"{name}_bias", Values(linear.bias!), Shape(linear.bias!));
        return graph.Node("Gemm", [input, weight, bias], $"{name}_out", OnnxAttribute.Int("transB", 1L));
    }

    private static float[] Values(Tensor tensor)
    {
        using var contiguous = tensor.detach().cpu().contiguous();
        return contiguous.data<float>().ToArray();
    }

    private static long[] Shape(Tensor tensor) => tensor.shape;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
