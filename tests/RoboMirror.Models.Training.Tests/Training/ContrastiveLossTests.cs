using RoboMirror.Models.Training.Training;
using static TorchSharp.torch;

namespace RoboMirror.Models.Training.Tests.Training;

public sealed class ContrastiveLossTests
{
    public ContrastiveLossTests() => TorchFixture.Ensure();

    [Fact]
    public void SymmetricInfoNce_AlignedPairs_IsNearZero()
    {
        using var scope = NewDisposeScope();
        var latents = eye(4);

        var loss = ContrastiveLoss.SymmetricInfoNce(latents, latents, tensor(new long[] { 0, 1, 2, 3 }), temperature: 0.1);

        Assert.True(loss.item<float>() < 1e-3f, $"loss {loss.item<float>()}");
    }

    [Fact]
    public void SymmetricInfoNce_IdenticalLatents_IsLogOfBatchOverPositives()
    {
        using var scope = NewDisposeScope();
        var latents = ones(4, 3) / MathF.Sqrt(3f);

        var loss = ContrastiveLoss.SymmetricInfoNce(latents, latents, tensor(new long[] { 0, 0, 1, 2 }), temperature: 0.1);

        // Rows 0 and 1 have 2 positives of 4 (log 2), rows 2 and 3 one of 4 (log 4): mean (2 log 2 + 2 log 4) / 4.
        var expected = ((2 * Math.Log(2)) + (2 * Math.Log(4))) / 4;
        Assert.Equal(expected, loss.item<float>(), 4);
    }

    [Fact]
    public void SymmetricInfoNce_SwappedPairs_IsLarge()
    {
        using var scope = NewDisposeScope();
        var observed = eye(2);
        var executed = tensor(new float[] { 0, 1, 1, 0 }).reshape(2, 2);

        var loss = ContrastiveLoss.SymmetricInfoNce(observed, executed, tensor(new long[] { 0, 1 }), temperature: 0.1);

        Assert.True(loss.item<float>() > 9f, $"loss {loss.item<float>()}");
    }
}
