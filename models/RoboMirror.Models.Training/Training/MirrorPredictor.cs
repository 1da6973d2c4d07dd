using RoboMirror.Models.Features;
using RoboMirror.Models.Training.Data;
using RoboMirror.Models.Training.Network;
using static TorchSharp.torch;

namespace RoboMirror.Models.Training.Training;

/// <summary>Runs the observation side over a window set in evaluation mode, without gradients, in batches.</summary>
internal static class MirrorPredictor
{
    private const int BatchSize = 512;

    public static Predictions Predict(MirrorNetwork network, WindowSet windows)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(windows);
        network.eval();
        var latents = new float[windows.Count][];
        var gesture = new float[windows.Count][];
        var activity = new float[windows.Count][];
        var timeToEnd = new float[windows.Count];
        var frameValues = windows.WindowFrames * SkeletonFeatures.Count;
        using var noGrad = no_grad();
        for (var start = 0; start < windows.Count; start += BatchSize)
        {
            using var scope = NewDisposeScope();
            var count = Math.Min(BatchSize, windows.Count - start);
            var input = tensor(windows.Inputs.AsSpan(start * frameValues, count * frameValues).ToArray())
                .reshape(count, windows.WindowFrames, SkeletonFeatures.Count);
            using var output = network.Observe(input);
            var (g, a, t) = ObservationProbabilities.From(output);
            Rows(output.Latent, latents, start);
            Rows(g, gesture, start);
            Rows(a, activity, start);
            t.data<float>().ToArray().CopyTo(timeToEnd, start);
        }

        float[][]? executed = null;
        if (windows.Joints is not null && windows.JointCount == network.Settings.JointCount)
        {
            executed = new float[windows.Count][];
            var jointValues = windows.WindowFrames * windows.JointCount;
            for (var start = 0; start < windows.Count; start += BatchSize)
            {
                using var scope = NewDisposeScope();
                var count = Math.Min(BatchSize, windows.Count - start);
                var input = tensor(windows.Joints.AsSpan(start * jointValues, count * jointValues).ToArray())
                    .reshape(count, windows.WindowFrames, windows.JointCount);
                Rows(network.Execute(input), executed, start);
            }
        }

        return new Predictions(latents, gesture, activity, timeToEnd, executed);
    }

    private static void Rows(Tensor values, float[][] target, int start)
    {
        var width = (int)values.shape[1];
        var flat = values.data<float>().ToArray();
        for (var r = 0; r < values.shape[0]; r++)
        {
            target[start + r] = flat.AsSpan(r * width, width).ToArray();
        }
    }
}
