using RoboMirror.Models.Inference;

namespace RoboMirror.Models.Tests.Inference;

public sealed class ModelFileErrorTests
{
    private static readonly MirrorRuntimeOptions CpuOnly = new() { Providers = [ExecutionProvider.Cpu] };

    [Fact]
    public void Open_MissingFile_ThrowsNamingFileAndDoesNotExist()
    {
        var path = Path.Combine(Path.GetTempPath(), "robomirror-no-such-model.onnx");

        var error = Assert.Throws<ModelFileException>(() => ObservationEncoder.Open(path, CpuOnly));

        Assert.Equal(path, error.FilePath);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_EmptyFile_ThrowsNamingFileAndEmpty()
    {
        var path = Fixtures.TemporaryModel([]);
        try
        {
            var error = Assert.Throws<ModelFileException>(() => ExecutionEncoder.Open(path, CpuOnly));

            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Open_GarbageBytes_ThrowsNamingFileAndOnnxRuntimeReason()
    {
        var garbage = new byte[512];
        new Random(4).NextBytes(garbage);
        var path = Fixtures.TemporaryModel(garbage);
        try
        {
            var error = Assert.Throws<ModelFileException>(() => ObservationEncoder.Open(path, CpuOnly));

            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Contains("cannot load", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Open_TruncatedModel_ThrowsModelFileException()
    {
        var bytes = File.ReadAllBytes(Fixtures.Observation);
        var path = Fixtures.TemporaryModel(bytes[..(bytes.Length / 2)]);
        try
        {
            var error = Assert.Throws<ModelFileException>(() => ObservationEncoder.Open(path, CpuOnly));

            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Open_Folder_ThrowsSayingItIsAFolder()
    {
        var error = Assert.Throws<ModelFileException>(() => ObservationEncoder.Open(Path.GetTempPath(), CpuOnly));

        Assert.Contains("folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_OnlyGpuProviderOnCpuBuild_ThrowsListingTheProviders()
    {
        var options = new MirrorRuntimeOptions { Providers = [ExecutionProvider.Cuda] };

        var error = Assert.Throws<ModelFileException>(() => ObservationEncoder.Open(Fixtures.Observation, options));

        Assert.Contains("Cuda", error.Message, StringComparison.Ordinal);
        Assert.Contains("Add Cpu", error.Message, StringComparison.Ordinal);
    }
}
