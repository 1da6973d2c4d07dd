using static TorchSharp.torch;

namespace RoboMirror.Models.Training.Training;

/// <summary>
/// Symmetric InfoNCE between observed and executed latents (both L2-normalised, [batch, latent]) where every
/// pair with the same gesture class is a positive: for each row, −log(Σ_positives exp(s/τ) / Σ_all exp(s/τ)),
/// averaged over rows, in both directions (observation → execution and back), then the two averaged.
/// </summary>
internal static class ContrastiveLoss
{
    public static Tensor SymmetricInfoNce(Tensor observed, Tensor executed, Tensor classes, double temperature)
    {
        using var scope = NewDisposeScope();
        var similarity = observed.matmul(executed.t()) / temperature;
        var positives = classes.unsqueeze(1).eq(classes.unsqueeze(0));
        var loss = (Direction(similarity, positives) + Direction(similarity.t(), positives.t())) / 2;
        return loss.MoveToOuterDisposeScope();
    }

    private static Tensor Direction(Tensor similarity, Tensor positives)
    {
        var all = similarity.logsumexp(1);
        var masked = similarity.masked_fill(positives.logical_not(), double.NegativeInfinity);
        var positive = masked.logsumexp(1);
        return (all - positive).mean();
    }
}
