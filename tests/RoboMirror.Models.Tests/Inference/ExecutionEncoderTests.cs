using RoboMirror.Models.Inference;

namespace RoboMirror.Models.Tests.Inference;

public sealed class ExecutionEncoderTests
{
    private static readonly MirrorRuntimeOptions CpuOnly = new() { Providers = [ExecutionProvider.Cpu] };

    [Fact]
    public void Encode_FixtureJoints_MatchesTorchSharpWithin1e5()
    {
        using var encoder = ExecutionEncoder.Open(Fixtures.Execution, CpuOnly);

        var latent = encoder.Encode(Fixtures.Expected("joints"));

        Fixtures.AssertClose(Fixtures.Expected("execution_latent"), latent);
        Assert.Equal(6, encoder.JointCount);
        Assert.Equal(16, encoder.WindowFrames);
    }

    [Fact]
    public void Open_ObservationModel_ThrowsNamingRole()
    {
        var error = Assert.Throws<ModelFileException>(() => ExecutionEncoder.Open(Fixtures.Observation, CpuOnly));

        Assert.Contains("'observation' model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_WrongLength_ThrowsNamingShape()
    {
        using var encoder = ExecutionEncoder.Open(Fixtures.Execution, CpuOnly);

        var error = Assert.Throws<ArgumentException>(() => encoder.Encode(new float[5]));

        Assert.Contains("16 frames × 6 joints", error.Message, StringComparison.Ordinal);
    }
}
