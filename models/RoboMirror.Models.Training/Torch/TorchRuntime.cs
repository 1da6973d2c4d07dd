using static TorchSharp.torch;

namespace RoboMirror.Models.Training.Torch;

/// <summary>
/// The one place that prepares libtorch for this process: makes the native bridge loadable, then sets
/// the thread counts once (libtorch's pools are process-wide and must not be resized later).
/// </summary>
public static class TorchRuntime
{
    private static readonly Lock Gate = new();
    private static string? _report;

    /// <summary>
    /// Prepares libtorch with <paramref name="threads"/> intra-op threads on the first call; later calls
    /// return the first call's report and change nothing.
    /// </summary>
    public static string Initialize(int threads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        lock (Gate)
        {
            if (_report is not null)
            {
                return _report;
            }

            var patch = LibTorchSharpCompatibility.EnsureLoadable();
            set_num_threads(threads);
            set_num_interop_threads(1);
            _report = $"libtorch {__version__}, {threads} thread(s); {patch}";
            return _report;
        }
    }
}
