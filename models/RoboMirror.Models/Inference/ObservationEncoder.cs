using Microsoft.ML.OnnxRuntime;
using RoboMirror.Models.Contract;
using RoboMirror.Models.Features;

namespace RoboMirror.Models.Inference;

/// <summary>
/// Runs the observation model (encoder and heads) on one window at a time: the partner's latent, the
/// gesture probabilities, the activity projection and the expected time to the end of the activity.
/// Input and output buffers are allocated once and bound with an IoBinding, so <see cref="Encode"/>
/// allocates nothing. Not thread-safe: one caller at a time.
/// </summary>
public sealed class ObservationEncoder : IDisposable
{
    private readonly InferenceSession _session;
    private readonly OrtIoBinding _binding;
    private readonly RunOptions _runOptions = new();
    private readonly float[] _input;
    private readonly float[] _latent;
    private readonly float[] _gesture;
    private readonly float[] _activity;
    private readonly float[] _timeToEnd = new float[1];
    private readonly OrtValue[] _values;

    private ObservationEncoder(InferenceSession session, ExecutionProvider provider, string path)
    {
        _session = session;
        Provider = provider;
        var signature = new ModelSignature(session, path, MirrorModelContract.ObservationRole);
        WindowFrames = signature.Integer(MirrorModelContract.WindowFramesKey);
        FrameRateHz = signature.Number(MirrorModelContract.FrameRateKey);
        var features = signature.Integer(MirrorModelContract.FrameFeaturesKey);
        var layout = signature.Text(MirrorModelContract.FeatureLayoutKey);
        if (features != SkeletonFeatures.Count || layout != SkeletonFeatures.Layout)
        {
            throw new ModelFileException(
                path,
                $"it expects {features} features per frame in layout '{layout}'; this runtime writes {SkeletonFeatures.Count} in '{SkeletonFeatures.Layout}'.");
        }

        var labels = signature.Text(MirrorModelContract.GestureLabelsKey).Split(',');
        var edges = signature.Text(MirrorModelContract.ActivityBinEdgesKey);
        if (edges != ActivityBins.EdgesText())
        {
            throw new ModelFileException(path, $"its activity bins are '{edges}', this runtime uses '{ActivityBins.EdgesText()}'.");
        }

        var latentSize = signature.Integer(MirrorModelContract.LatentSizeKey);
        GestureLabels = labels;
        signature.Expect(true, MirrorModelContract.ObservationInput, WindowFrames, features);
        signature.Expect(false, MirrorModelContract.LatentOutput, latentSize);
        signature.Expect(false, MirrorModelContract.GestureOutput, labels.Length);
        signature.Expect(false, MirrorModelContract.ActivityOutput, ActivityBins.Count);
        signature.Expect(false, MirrorModelContract.TimeToEndOutput, 1);

        _input = new float[WindowFrames * features];
        _latent = new float[latentSize];
        _gesture = new float[labels.Length];
        _activity = new float[ActivityBins.Count];
        _values =
        [
            OrtValue.CreateTensorValueFromMemory(_input, [1, WindowFrames, features]),
            OrtValue.CreateTensorValueFromMemory(_latent, [1, latentSize]),
            OrtValue.CreateTensorValueFromMemory(_gesture, [1, labels.Length]),
            OrtValue.CreateTensorValueFromMemory(_activity, [1, ActivityBins.Count]),
            OrtValue.CreateTensorValueFromMemory(_timeToEnd, [1, 1]),
        ];
        _binding = session.CreateIoBinding();
        _binding.BindInput(MirrorModelContract.ObservationInput, _values[0]);
        _binding.BindOutput(MirrorModelContract.LatentOutput, _values[1]);
        _binding.BindOutput(MirrorModelContract.GestureOutput, _values[2]);
        _binding.BindOutput(MirrorModelContract.ActivityOutput, _values[3]);
        _binding.BindOutput(MirrorModelContract.TimeToEndOutput, _values[4]);
    }

    /// <summary>The execution provider the model runs on.</summary>
    public ExecutionProvider Provider { get; }

    /// <summary>Grid frames per window.</summary>
    public int WindowFrames { get; }

    /// <summary>Rate of the window's grid, Hz.</summary>
    public double FrameRateHz { get; }

    /// <summary>Gesture labels in output order.</summary>
    public IReadOnlyList<string> GestureLabels { get; }

    /// <summary>The input buffer (frames × features, oldest frame first); fill it and call <see cref="Run"/>.</summary>
    public Span<float> Input => _input;

    /// <summary>The partner's latent from the last run (L2-normalised).</summary>
    public ReadOnlySpan<float> Latent => _latent;

    /// <summary>Gesture probabilities from the last run, in <see cref="GestureLabels"/> order.</summary>
    public ReadOnlySpan<float> GestureProbabilities => _gesture;

    /// <summary>P(partner active) per activity bin (<see cref="ActivityBins"/>) from the last run.</summary>
    public ReadOnlySpan<float> Activity => _activity;

    /// <summary>Expected activity left within the 2 s horizon from the last run, seconds.</summary>
    public float TimeToEndSeconds => _timeToEnd[0];

    /// <summary>Opens the observation model at <paramref name="path"/>; throws <see cref="ModelFileException"/> naming the file when it is missing, corrupt or another model.</summary>
    public static ObservationEncoder Open(string path, MirrorRuntimeOptions? options = null)
    {
        var (session, provider) = SessionFactory.Open(path, options ?? new MirrorRuntimeOptions());
        try
        {
            return new ObservationEncoder(session, provider, path);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Resamples <paramref name="window"/> into the input buffer and runs the model.</summary>
    public void Encode(ObservationWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (window.Frames != WindowFrames)
        {
            throw new ArgumentException($"The window has {window.Frames} frames, the model takes {WindowFrames}.", nameof(window));
        }

        window.Fill(_input);
        Run();
    }

    /// <summary>Copies <paramref name="window"/> (frames × features) into the input buffer and runs the model.</summary>
    public void Encode(ReadOnlySpan<float> window)
    {
        if (window.Length != _input.Length)
        {
            throw new ArgumentException($"The window holds {window.Length} values, the model takes {_input.Length}.", nameof(window));
        }

        window.CopyTo(_input);
        Run();
    }

    /// <summary>Runs the model on the current <see cref="Input"/>.</summary>
    public void Run() => _session.RunWithBinding(_runOptions, _binding);

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
