using RoboMirror.Models.Inference;

namespace RoboMirror.Models.Tests.Inference;

public sealed class MirrorRuntimeOptionsTests
{
    [Fact]
    public void Defaults_TryTensorRtThenCudaThenCpuOnOneThread()
    {
        var options = new MirrorRuntimeOptions().Validate();

        Assert.Equal([ExecutionProvider.TensorRt, ExecutionProvider.Cuda, ExecutionProvider.Cpu], options.Providers);
        Assert.Equal(1, options.IntraOpThreads);
    }

    [Fact]
    public void Validate_SeveralProblems_NamesEachInOneMessage()
    {
        var options = new MirrorRuntimeOptions { Providers = [], IntraOpThreads = 0, DeviceId = -1 };

        var error = Assert.Throws<ArgumentException>(() => options.Validate());

        Assert.StartsWith("The 'MirrorRuntimeOptions' are invalid.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Providers is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("IntraOpThreads is 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("DeviceId is -1", error.Message, StringComparison.Ordinal);
    }
}
