using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RoboMirror.Models.Training.Network;

/// <summary>Linear map from the trunk into the shared latent space, then L2 normalisation: x / max(‖x‖, ε).</summary>
internal sealed class LatentProjection : nn.Module<Tensor, Tensor>
{
    /// <summary>The ε under the norm; the ONNX writer uses the same value.</summary>
    internal const float Epsilon = 1e-8f;

    private readonly Linear _linear;

    public LatentProjection(string name, int hidden, int latentSize)
        : base(name)
    {
        _linear = nn.Linear(hidden, latentSize);
        RegisterComponents();
    }

    /// <summary>The linear layer (for the ONNX writer).</summary>
    internal Linear Linear => _linear;

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var z = _linear.forward(input);
        var norm = z.square().sum(1, keepdim: true).sqrt().clamp_min(Epsilon);
        return (z / norm).MoveToOuterDisposeScope();
    }
}
