using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RoboMirror.Models.Training.Network;

/// <summary>
/// The trunk of both encoders: a window [batch, frames, features] → stride-2 temporal convolutions with
/// ReLU → flatten (keeping the order in time) → linear → ReLU → [batch, hidden]. Small and fast at batch 1,
/// and made only of operators with a direct ONNX counterpart (Transpose, Conv, Relu, Flatten, Gemm).
/// </summary>
internal sealed class TemporalConvEncoder : nn.Module<Tensor, Tensor>
{
    private readonly ModuleList<Conv1d> _convolutions;
    private readonly Linear _projection;

    public TemporalConvEncoder(string name, int inputFeatures, MirrorNetworkSettings settings)
        : base(name)
    {
        _convolutions = new ModuleList<Conv1d>();
        var channels = inputFeatures;
        for (var i = 0; i < settings.ConvolutionLayers; i++)
        {
            _convolutions.Add(nn.Conv1d(channels, settings.Channels, settings.KernelSize, stride: 2, padding: settings.KernelSize / 2));
            channels = settings.Channels;
        }

        _projection = nn.Linear(settings.Channels * settings.ConvolvedFrames, settings.Hidden);
        Padding = settings.KernelSize / 2;
        RegisterComponents();
    }

    /// <summary>The convolutions in call order (for the ONNX writer).</summary>
    internal IReadOnlyList<Conv1d> Convolutions => [.. _convolutions];

    /// <summary>The final linear layer (for the ONNX writer).</summary>
    internal Linear Projection => _projection;

    /// <summary>Padding on each side of every convolution.</summary>
    internal int Padding { get; }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = input.transpose(1, 2);
        foreach (var convolution in _convolutions)
        {
            x = nn.functional.relu(convolution.forward(x));
        }

        x = x.flatten(1);
        return nn.functional.relu(_projection.forward(x)).MoveToOuterDisposeScope();
    }
}
