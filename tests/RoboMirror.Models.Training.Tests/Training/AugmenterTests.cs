using RoboMirror.Models.Training.Training;
using static TorchSharp.torch;

namespace RoboMirror.Models.Training.Tests.Training;

public sealed class AugmenterTests
{
    public AugmenterTests() => TorchFixture.Ensure();

    [Fact]
    public void Apply_SameSeed_SameResult_AndConfidencesUntouched()
    {
        using var scope = NewDisposeScope();
        var windows = rand(3, 8, 36, generator: new Generator(5));
        using var first = new Augmenter(seed: 9, noise: 0.05, jitter: 0.1);
        using var second = new Augmenter(seed: 9, noise: 0.05, jitter: 0.1);

        var a = first.Apply(windows);
        var b = second.Apply(windows);

        Assert.True(a.eq(b).all().item<bool>());
        Assert.False(a.eq(windows).all().item<bool>());
        var confidenceIndex = arange(3, 36, 4);
        Assert.True(a.index_select(2, confidenceIndex).eq(windows.index_select(2, confidenceIndex)).all().item<bool>());
    }

    [Fact]
    public void Apply_MirrorAlways_SwapsArmsAndNegatesY()
    {
        using var scope = NewDisposeScope();
        var windows = zeros(1, 1, 36);
        windows[0, 0, (4 * 5) + 1] = tensor(0.7f);   // left hand y
        windows[0, 0, (4 * 5) + 3] = tensor(1f);     // left hand confidence
        using var augmenter = new Augmenter(seed: 1, noise: 0, jitter: 0, mirror: 1);

        var result = augmenter.Apply(windows);

        Assert.Equal(-0.7f, result[0, 0, (4 * 8) + 1].item<float>(), 5);  // right hand y
        Assert.Equal(1f, result[0, 0, (4 * 8) + 3].item<float>());
        Assert.Equal(0f, result[0, 0, (4 * 5) + 3].item<float>());
    }

    [Fact]
    public void Apply_ArmDropAlways_UntracksOneArmAndHalvesItsShoulder()
    {
        using var scope = NewDisposeScope();
        var windows = ones(8, 2, 36);
        using var augmenter = new Augmenter(seed: 3, noise: 0, jitter: 0, armDrop: 1);

        var result = augmenter.Apply(windows).reshape(8, 2, 9, 4);

        for (var w = 0; w < 8; w++)
        {
            var left = result[w, 0, 5, 3].item<float>() == 0f;
            var right = result[w, 0, 8, 3].item<float>() == 0f;
            Assert.True(left ^ right);
            Assert.Equal(0.5f, result[w, 0, left ? 3 : 6, 3].item<float>());
            Assert.Equal(1f, result[w, 0, 0, 3].item<float>());
        }
    }

    [Fact]
    public void Apply_UntrackedJoint_StaysZero()
    {
        using var scope = NewDisposeScope();
        var windows = zeros(2, 4, 36);
        using var augmenter = new Augmenter(seed: 1, noise: 0.5, jitter: 0.2);

        var result = augmenter.Apply(windows);

        Assert.Equal(0f, result.abs().max().item<float>());
    }
}
