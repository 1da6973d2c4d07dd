using RoboMirror.Models.Training.Torch;
using static TorchSharp.torch;

namespace RoboMirror.Models.Training.Tests.Torch;

public sealed class TorchRuntimeTests
{
    [Fact]
    public void Initialize_OnThisMachine_LoadsLibTorchAndComputes()
    {
        var report = TorchFixture.Ensure();

        using var a = tensor(new float[] { 1f, 2f, 3f });
        using var sum = a.sum();
        Assert.Equal(6f, sum.item<float>());
        Assert.Contains("libtorch", report, StringComparison.Ordinal);
        Assert.Equal(1, get_num_threads());
    }

    [Fact]
    public void Initialize_CalledTwice_ReturnsFirstReport()
    {
        var first = TorchFixture.Ensure();

        Assert.Equal(first, TorchRuntime.Initialize(threads: 3));
    }
}
