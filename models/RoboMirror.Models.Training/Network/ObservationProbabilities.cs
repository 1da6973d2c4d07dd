using RoboMirror.Models.Contract;
using static TorchSharp.torch;

namespace RoboMirror.Models.Training.Network;

/// <summary>The observation model's outputs as the ONNX file gives them: probabilities and the expected time to end.</summary>
internal static class ObservationProbabilities
{
    /// <summary>Gesture softmax, activity sigmoid, and Σ P(active in bin) · bin width as [batch, 1] seconds.</summary>
    public static (Tensor Gesture, Tensor Activity, Tensor TimeToEnd) From(ObservationOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var scope = NewDisposeScope();
        var gesture = nn.functional.softmax(output.GestureLogits, 1);
        var activity = nn.functional.sigmoid(output.ActivityLogits);
        using var widths = BinWidths();
        var timeToEnd = activity.matmul(widths);
        return (gesture.MoveToOuterDisposeScope(), activity.MoveToOuterDisposeScope(), timeToEnd.MoveToOuterDisposeScope());
    }

    /// <summary>The bin widths as a [bins, 1] column, seconds.</summary>
    public static Tensor BinWidths()
    {
        var widths = new float[ActivityBins.Count];
        for (var k = 0; k < widths.Length; k++)
        {
            widths[k] = ActivityBins.Width(k);
        }

        return tensor(widths).reshape(ActivityBins.Count, 1);
    }
}
