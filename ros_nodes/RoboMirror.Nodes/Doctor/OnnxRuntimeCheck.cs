using Microsoft.ML.OnnxRuntime;

namespace RoboMirror.Nodes.Doctor;

/// <summary>ONNX Runtime and its execution providers, which run the mirror network.</summary>
internal sealed class OnnxRuntimeCheck : IMachineCheck
{
    private const string Capability = "Mirror network inference";
    private const string Component = "ONNX Runtime";

    public Finding Run()
    {
        string[] providers;
        try
        {
            providers = OrtEnv.Instance().GetAvailableProviders();
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or OnnxRuntimeException or EntryPointNotFoundException)
        {
            return new(Capability, Component, FindingStatus.Missing,
                $"the native library did not load: {e.GetBaseException().Message}",
                "rebuild from a clean clone (./robomirror builds it; the Microsoft.ML.OnnxRuntime package carries the library)",
                Essential: true);
        }

        var gpu = providers.Where(p => p is "CUDAExecutionProvider" or "TensorrtExecutionProvider").ToList();
        var detail = $"providers: {string.Join(", ", providers)}";
        return gpu.Count > 0
            ? new(Capability, Component, FindingStatus.Ok, detail, null, Essential: true)
            : new(Capability, Component, FindingStatus.Limited, detail + " (CPU only; the shipped model is sized for CPU)",
                "GPU providers need an NVIDIA GPU with CUDA 12 and cuDNN 9, and the Microsoft.ML.OnnxRuntime.Gpu.Linux package in place of Microsoft.ML.OnnxRuntime",
                Essential: true);
    }
}
