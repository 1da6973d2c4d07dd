namespace RoboMirror.Models.Inference;

/// <summary>An ONNX Runtime execution provider the runtime can try, in the order the options list them.</summary>
public enum ExecutionProvider
{
    /// <summary>NVIDIA TensorRT (needs an ONNX Runtime build with TensorRT and the TensorRT libraries).</summary>
    TensorRt,

    /// <summary>NVIDIA CUDA (needs an ONNX Runtime build with CUDA and the CUDA libraries).</summary>
    Cuda,

    /// <summary>The CPU; always available.</summary>
    Cpu,
}
