using Microsoft.ML.OnnxRuntime;
using RoboMirror.Models.Contract;

namespace RoboMirror.Models.Inference;

/// <summary>
/// Runs the execution model: a window of the robot's own joint commands to a latent in the same space as
/// the observation model's. Used to embed the robot's repertoire; buffers are preallocated and bound once.
/// Not thread-safe.
/// </summary>
public sealed class ExecutionEncoder : IDisposable
{
    private readonly InferenceSession _session;
    private readonly OrtIoBinding _binding;
    private readonly RunOptions _runOptions = new();
    private readonly float[] _input;
    private readonly float[] _latent;
    private readonly OrtValue[] _values;

    private ExecutionEncoder(InferenceSession session, ExecutionProvider provider, string path)
    {
        _session = session;
        Provider = provider;
        var signature = new ModelSignature(session, path, MirrorModelContract.ExecutionRole);
        WindowFrames = signature.Integer(MirrorModelContract.WindowFramesKey);
        FrameRateHz = signature.Number(MirrorModelContract.FrameRateKey);
        JointCount = signature.Integer(MirrorModelContract.JointCountKey);
        var latentSize = signature.Integer(MirrorModelContract.LatentSizeKey);
        signature.Expect(true, MirrorModelContract.ExecutionInput, WindowFrames, JointCount);
        signature.Expect(false, MirrorModelContract.LatentOutput, latentSize);
        _input = new float[WindowFrames * JointCount];
        _latent = new float[latentSize];
        _values =
        [
            OrtValue.CreateTensorValueFromMemory(_input, [1, WindowFrames, JointCount]),
            OrtValue.CreateTensorValueFromMemory(_latent, [1, latentSize]),
        ];
        _binding = session.CreateIoBinding();
        _binding.BindInput(MirrorModelContract.ExecutionInput, _values[0]);
        _binding.BindOutput(MirrorModelContract.LatentOutput, _values[1]);
    }

    /// <summary>The execution provider the model runs on.</summary>
    public ExecutionProvider Provider { get; }

    /// <summary>Grid frames per window.</summary>
    public int WindowFrames { get; }

    /// <summary>Rate of the window's grid, Hz.</summary>
    public double FrameRateHz { get; }

    /// <summary>Joint commands per frame.</summary>
    public int JointCount { get; }

    /// <summary>The latent from the last run (L2-normalised).</summary>
    public ReadOnlySpan<float> Latent => _latent;

    /// <summary>Opens the execution model at <paramref name="path"/>; throws <see cref="ModelFileException"/> naming the file when it is missing, corrupt or another model.</summary>
    public static ExecutionEncoder Open(string path, MirrorRuntimeOptions? options = null)
    {
        var (session, provider) = SessionFactory.Open(path, options ?? new MirrorRuntimeOptions());
        try
        {
            return new ExecutionEncoder(session, provider, path);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Embeds a window of joint commands (frames × joints, oldest first, radians) and returns the latent.</summary>
    public ReadOnlySpan<float> Encode(ReadOnlySpan<float> jointWindow)
    {
        if (jointWindow.Length != _input.Length)
        {
            throw new ArgumentException($"The joint window holds {jointWindow.Length} values, the model takes {_input.Length} ({WindowFrames} frames × {JointCount} joints).", nameof(jointWindow));
        }

        jointWindow.CopyTo(_input);
        _session.RunWithBinding(_runOptions, _binding);
        return _latent;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _binding.Dispose();
        foreach (var value in _values)
        {
            value.Dispose();
        }

        _runOptions.Dispose();
        _session.Dispose();
    }
}
