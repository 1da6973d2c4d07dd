using BenchmarkDotNet.Attributes;
using RoboMirror.Models.Features;
using RoboMirror.Models.Inference;

namespace RoboMirror.Benchmarks.Models;

/// <summary>
/// Batch-1 inference of the shipped observation model (encoder and heads) on ONNX Runtime: one window in,
/// latent, gesture, activity and time to end out, through the preallocated IoBinding. Target: median at
/// most 100 µs on one CPU thread. Run:
/// <c>dotnet run -c Release --project tests/RoboMirror.Benchmarks -- --filter '*ObservationEncoder*'</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ObservationEncoderBenchmarks
{
    private ObservationEncoder? _encoder;
    private float[] _window = [];

    /// <summary>Which providers to try: "Cpu" alone, or "Gpu" (TensorRT, then CUDA, then CPU; the log line says which loaded).</summary>
    [Params("Cpu", "Gpu")]
    public string Providers { get; set; } = "Cpu";

    [GlobalSetup]
    public void Setup()
    {
        var providers = Providers == "Gpu"
            ? new[] { ExecutionProvider.TensorRt, ExecutionProvider.Cuda, ExecutionProvider.Cpu }
            : new[] { ExecutionProvider.Cpu };
        _encoder = ObservationEncoder.Open(ShippedModel.Path, new MirrorRuntimeOptions { Providers = providers, IntraOpThreads = 1 });
        Console.WriteLine($"// {Providers}: running on {_encoder.Provider}");
        _window = new float[_encoder.WindowFrames * SkeletonFeatures.Count];
        var random = new Random(1);
        for (var i = 0; i < _window.Length; i++)
        {
            _window[i] = (float)random.NextDouble();
        }
    }

    [Benchmark]
    public float Encode()
    {
        _encoder!.Encode(_window);
        return _encoder.TimeToEndSeconds;
    }

    [GlobalCleanup]
    public void Cleanup() => _encoder?.Dispose();
}
