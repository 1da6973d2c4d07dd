using Microsoft.Extensions.Logging;
using RoboMirror.Models.Contract;
using System.Numerics;
using RoboMirror.Models.Features;
using RoboMirror.Models.Inference;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Models.Tests.Inference;

public sealed class ObservationEncoderTests
{
    private static readonly MirrorRuntimeOptions CpuOnly = new() { Providers = [ExecutionProvider.Cpu] };

    [Fact]
    public void Encode_FixtureWindow_MatchesTorchSharpWithin1e5()
    {
        using var encoder = ObservationEncoder.Open(Fixtures.Observation, CpuOnly);

        encoder.Encode(Fixtures.Expected("window"));

        Fixtures.AssertClose(Fixtures.Expected("latent"), encoder.Latent);
        Fixtures.AssertClose(Fixtures.Expected("gesture"), encoder.GestureProbabilities);
        Fixtures.AssertClose(Fixtures.Expected("activity"), encoder.Activity);
        Fixtures.AssertClose(Fixtures.Expected("time_to_end"), [encoder.TimeToEndSeconds]);
    }

    [Fact]
    public void Open_Fixture_ReadsShapeAndLabelsFromMetadata()
    {
        using var encoder = ObservationEncoder.Open(Fixtures.Observation, CpuOnly);

        Assert.Equal(16, encoder.WindowFrames);
        Assert.Equal(20d, encoder.FrameRateHz);
        Assert.Equal(GestureLabels.Default, encoder.GestureLabels);
        Assert.Equal(ExecutionProvider.Cpu, encoder.Provider);
    }

    [Fact]
    public void Encode_Outputs_AreNormalisedProbabilitiesAndConsistentTimeToEnd()
    {
        using var encoder = ObservationEncoder.Open(Fixtures.Observation, CpuOnly);

        encoder.Encode(Fixtures.Expected("window"));

        var norm = MathF.Sqrt(encoder.Latent.ToArray().Sum(v => v * v));
        Assert.Equal(1f, norm, 1e-5f);
        Assert.Equal(1f, encoder.GestureProbabilities.ToArray().Sum(), 1e-5f);
        Assert.Equal(ActivityBins.ExpectedTimeToEnd(encoder.Activity), encoder.TimeToEndSeconds, 1e-5f);
    }

    [Fact]
    public void Encode_Repeated_AllocatesNothing()
    {
        using var encoder = ObservationEncoder.Open(Fixtures.Observation, CpuOnly);
        var window = Fixtures.Expected("window");
        encoder.Encode(window);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            encoder.Encode(window);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Open_GpuProvidersFirst_FallsBackToCpuWithWarning()
    {
        var logger = new RecordingLogger();
        var options = new MirrorRuntimeOptions { Providers = [ExecutionProvider.TensorRt, ExecutionProvider.Cuda, ExecutionProvider.Cpu], Logger = logger };

        using var encoder = ObservationEncoder.Open(Fixtures.Observation, options);

        Assert.Equal(ExecutionProvider.Cpu, encoder.Provider);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Cuda", StringComparison.Ordinal));
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("Cpu", StringComparison.Ordinal));
    }

    [Fact]
    public void Open_ExecutionModel_ThrowsNamingFileAndRole()
    {
        var error = Assert.Throws<ModelFileException>(() => ObservationEncoder.Open(Fixtures.Execution, CpuOnly));

        Assert.Contains(Fixtures.Execution, error.Message, StringComparison.Ordinal);
        Assert.Contains("'execution' model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_ObservationWindow_SameAsEncodingItsFilledValues()
    {
        using var encoder = ObservationEncoder.Open(Fixtures.Observation, CpuOnly);
        var window = new ObservationWindow(encoder.WindowFrames, encoder.FrameRateHz);
        for (var i = 0; i < 40; i++)
        {
            var skeleton = new CanonicalSkeleton(SkeletonSpace.Body3D) { Timestamp = TimeSpan.FromSeconds(i / 30d) };
            skeleton.Set(CanonicalJoint.RightHand, new Vector3(0.2f, -0.5f, MathF.Sin(i * 0.4f)), 1f);
            skeleton.Set(CanonicalJoint.Head, new Vector3(0f, 0f, 1f), 1f);
            window.Add(skeleton);
        }

        encoder.Encode(window);
        var viaWindow = encoder.Latent.ToArray();
        var filled = new float[window.Length];
        window.Fill(filled);
        encoder.Encode(filled);

        Assert.Equal(viaWindow, encoder.Latent.ToArray());
        Assert.Throws<ArgumentException>(() => encoder.Encode(new ObservationWindow(encoder.WindowFrames + 1, encoder.FrameRateHz)));
    }

    [Fact]
    public void Encode_WrongWindowLength_Throws()
    {
        using var encoder = ObservationEncoder.Open(Fixtures.Observation, CpuOnly);

        Assert.Throws<ArgumentException>(() => encoder.Encode(new float[10]));
    }
}
