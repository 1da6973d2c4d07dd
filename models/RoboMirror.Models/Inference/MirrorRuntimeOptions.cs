using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace RoboMirror.Models.Inference;

/// <summary>How the mirror network is run. Defaults in one place; <see cref="Validate"/> names every problem.</summary>
public sealed record MirrorRuntimeOptions
{
    /// <summary>
    /// Providers to try, first to last; the first that loads is used and logged, a GPU provider that fails
    /// is logged as a warning and the next is tried. Default: TensorRT, CUDA, CPU.
    /// </summary>
    public IReadOnlyList<ExecutionProvider> Providers { get; init; } =
        [ExecutionProvider.TensorRt, ExecutionProvider.Cuda, ExecutionProvider.Cpu];

    /// <summary>Threads inside one operator. Default 1: batch-1 inference is fastest on one thread and leaves cores to the rest.</summary>
    public int IntraOpThreads { get; init; } = 1;

    /// <summary>GPU device index for CUDA and TensorRT. Default 0.</summary>
    public int DeviceId { get; init; }

    /// <summary>Where the provider choice and fallbacks are logged. Default: nowhere.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>Throws <see cref="ArgumentException"/> listing every invalid option with its value and the reason.</summary>
    public MirrorRuntimeOptions Validate()
    {
        var problems = new List<string>();
        if (Providers is null || Providers.Count == 0)
        {
            problems.Add("Providers is empty: name at least one execution provider (Cpu always loads).");
        }
        else if (Providers.Any(p => !Enum.IsDefined(p)))
        {
            problems.Add($"Providers holds an unknown value: {string.Join(", ", Providers)}.");
        }

        if (IntraOpThreads < 1)
        {
            problems.Add($"IntraOpThreads is {IntraOpThreads}: it must be at least 1.");
        }

        if (DeviceId < 0)
        {
            problems.Add($"DeviceId is {DeviceId}: it must not be negative.");
        }

        if (Logger is null)
        {
            problems.Add("Logger is null: use NullLogger.Instance for no logging.");
        }

        return problems.Count == 0
            ? this
            : throw new ArgumentException($"The '{nameof(MirrorRuntimeOptions)}' are invalid. Validation errors: {string.Join(" ", problems)}");
    }
}
