using static TorchSharp.torch;

namespace RoboMirror.Models.Training.Network;

/// <summary>What the observation side of the network gives for a batch of windows (raw scores; the ONNX model outputs their probabilities).</summary>
/// <param name="Latent">[batch, latent], L2-normalised.</param>
/// <param name="GestureLogits">[batch, gesture classes].</param>
/// <param name="ActivityLogits">[batch, activity bins]; sigmoid gives P(active) per bin.</param>
internal sealed record ObservationOutput(Tensor Latent, Tensor GestureLogits, Tensor ActivityLogits) : IDisposable
{
    public void Dispose()
    {
        Latent.Dispose();
        GestureLogits.Dispose();
        ActivityLogits.Dispose();
    }
}
