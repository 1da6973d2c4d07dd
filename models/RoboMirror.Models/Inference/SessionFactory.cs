using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;

namespace RoboMirror.Models.Inference;

/// <summary>
/// Opens an ONNX model with the first execution provider of the options that loads. A GPU provider that
/// is absent from this ONNX Runtime build, or fails while the session is created, is logged as a warning
/// and the next is tried; only a model the CPU cannot load either is an error, and then it is the file's.
/// </summary>
internal static partial class SessionFactory
{
    private const string CpuName = "CPUExecutionProvider";

    public static (InferenceSession Session, ExecutionProvider Provider) Open(string path, MirrorRuntimeOptions options)
    {
        options.Validate();
        CheckFile(path);
        var available = OrtEnv.Instance().GetAvailableProviders();
        var failures = new List<string>();
        foreach (var provider in options.Providers)
        {
            var native = NativeName(provider);
            if (provider != ExecutionProvider.Cpu && !available.Contains(native))
            {
                var reason = $"{native} is not in this ONNX Runtime build (it has {string.Join(", ", available)})";
                LogProviderUnavailable(options.Logger, provider, reason);
                failures.Add(reason);
                continue;
            }

            var sessionOptions = CreateOptions(options);
            try
            {
                Append(sessionOptions, provider, options.DeviceId);
                var session = new InferenceSession(path, sessionOptions);
                LogProviderChosen(options.Logger, provider, Path.GetFileName(path));
                return (session, provider);
            }
            catch (OnnxRuntimeException ex) when (provider != ExecutionProvider.Cpu)
            {
                LogProviderUnavailable(options.Logger, provider, ex.Message);
                failures.Add($"{native}: {ex.Message}");
            }
            catch (OnnxRuntimeException ex)
            {
                throw new ModelFileException(path, $"ONNX Runtime cannot load it: {ex.Message}", ex);
            }
            finally
            {
                sessionOptions.Dispose();
            }
        }

        throw new ModelFileException(
            path,
            $"none of the execution providers {string.Join(", ", options.Providers)} could load it: {string.Join("; ", failures)}. Add Cpu to the providers.");
    }

    private static void CheckFile(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ModelFileException(path ?? string.Empty, "no path was given.");
        }

        if (!File.Exists(path))
        {
            throw new ModelFileException(
                path,
                Directory.Exists(path) ? "it is a folder, not an .onnx file." : "it does not exist.");
        }

        if (new FileInfo(path).Length == 0)
        {
            throw new ModelFileException(path, "it is empty (0 bytes); the model was not written completely.");
        }
    }

    private static SessionOptions CreateOptions(MirrorRuntimeOptions options) => new()
    {
        IntraOpNumThreads = options.IntraOpThreads,
        InterOpNumThreads = 1,
        ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
    };

    private static void Append(SessionOptions sessionOptions, ExecutionProvider provider, int deviceId)
    {
        switch (provider)
        {
            case ExecutionProvider.TensorRt:
                sessionOptions.AppendExecutionProvider_Tensorrt(deviceId);
                break;
            case ExecutionProvider.Cuda:
                sessionOptions.AppendExecutionProvider_CUDA(deviceId);
                break;
            case ExecutionProvider.Cpu:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "unknown execution provider");
        }
    }

    internal static string NativeName(ExecutionProvider provider) => provider switch
    {
        ExecutionProvider.TensorRt => "TensorrtExecutionProvider",
        ExecutionProvider.Cuda => "CUDAExecutionProvider",
        ExecutionProvider.Cpu => CpuName,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "unknown execution provider"),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Mirror network {File} runs on the {Provider} execution provider")]
    private static partial void LogProviderChosen(ILogger logger, ExecutionProvider provider, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Execution provider {Provider} is unavailable, trying the next: {Reason}")]
    private static partial void LogProviderUnavailable(ILogger logger, ExecutionProvider provider, string reason);
}
