using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using RoboMirror.Controller.Session;
using RoboMirror.Hardware.Description;
using RoboMirror.Models.Features;
using RoboMirror.Models.Inference;
using RoboMirror.Nodes.Session;
using RoboMirror.Perception.Skeleton;
using RoboMirror.Ros;
using RoboMirror.Ros.Messages.RobomirrorMsgs;
using RoboMirror.Ros.Qos;

namespace RoboMirror.Nodes.Nodes;

/// <summary>
/// The mirror network as a node: keeps the partner's recent skeletons from /robomirror/partner_observed (as observed,
/// unfiltered, as the network was trained) in an
/// <see cref="ObservationWindow"/>, runs the observation model (<see cref="ObservationEncoder"/>, ONNX
/// Runtime) at <c>rate_hz</c> whenever a new frame arrived, and publishes robomirror_msgs/MirrorSignal on
/// /robomirror/mirror_signal, with the resonance of each answer of the robot's repertoire (cosine of the
/// observation latent with the answer's execution latent, embedded once at start by the execution model). A missing or corrupt model file fails construction with the model's
/// <see cref="ModelFileException"/>.
/// </summary>
internal sealed class MirrorNode : IDisposable
{
    /// <summary>The node's name.</summary>
    public const string NodeName = "mirror";

    /// <summary>Where <c>robomirror train</c> writes the model, relative to the repository root.</summary>
    public const string DefaultModelPath = "models/mirror-observation.onnx";

    /// <summary>The execution model's file name, looked for beside the observation model.</summary>
    public const string DefaultExecutionModelFile = "mirror-execution.onnx";

    private readonly ObservationEncoder _encoder;
    private readonly ObservationWindow _window;
    private readonly IPublisher<MirrorSignal> _signals;
    private readonly ISubscription<PartnerState> _states;
    private readonly IRosTimer _timer;
    private readonly CanonicalSkeleton _skeleton = new();
    private readonly BadFrameWarnings _badFrames;
    private readonly string _modelId;
    private readonly string[] _classes;
    private readonly string[] _repertoireIds = [];
    private readonly float[][] _repertoireLatents = [];
    private string _partnerId = string.Empty;
    private TimeSpan _lastEncoded = TimeSpan.MinValue;

    /// <summary>
    /// Creates the node; <paramref name="modelPath"/> null reads the <c>model_path</c> parameter, and
    /// <paramref name="answers"/> null builds the repertoire whose resonance it reports from the parameters.
    /// </summary>
    public MirrorNode(INode node, string? modelPath = null, AnswerRepertoire? answers = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        var path = node.DeclareParameter("model_path", modelPath ?? DefaultModelPath);
        var executionPath = node.DeclareParameter("execution_model_path", Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, DefaultExecutionModelFile));
        var seed = (int)node.DeclareParameter("seed", 1L);
        var source = node.DeclareParameter("partner_source", "recordings");
        var dataFolder = node.DeclareParameter("data_folder", string.Empty);
        var rate = node.DeclareParameter("rate_hz", 15.0);
        if (!(rate > 0))
        {
            throw new RosException(RosErrorCode.InvalidArguments, $"{NodeName}: rate_hz ({rate}) must be positive.");
        }

        _encoder = ObservationEncoder.Open(path);
        try
        {
            _window = new ObservationWindow(_encoder.WindowFrames, _encoder.FrameRateHz);
            _classes = [.. _encoder.GestureLabels];
            _modelId = ModelId(path);
            if (File.Exists(executionPath))
            {
                answers ??= PartnerSources.Load(source, dataFolder, seed, ArmModels.Ur5e).Answers;
                (_repertoireIds, _repertoireLatents) = EmbedRepertoire(executionPath, answers, node);
            }
            else
            {
                node.Logger.LogWarning("{Node}: no execution model at {Path}: resonance is not reported (answers follow the recognised gesture)", NodeName, executionPath);
            }

            _badFrames = new BadFrameWarnings(node.Logger, NodeName, SessionTopics.PartnerObserved);
            _signals = node.CreatePublisher<MirrorSignal>(SessionTopics.MirrorSignal, QosProfile.Default);
            _states = node.CreateSubscription<PartnerState>(SessionTopics.PartnerObserved, OnPartnerState, QosProfile.SensorData);
            _timer = node.CreateTimer(TimeSpan.FromSeconds(1 / rate), OnTick);
        }
        catch
        {
            _encoder.Dispose();
            throw;
        }
    }

    /// <summary>Embeds every answer of the repertoire with the execution model (once, at start).</summary>
    private static (string[] Ids, float[][] Latents) EmbedRepertoire(string executionPath, AnswerRepertoire answers, INode node)
    {
        using var execution = ExecutionEncoder.Open(executionPath);
        if (execution.JointCount != answers.Arm.JointCount)
        {
            node.Logger.LogWarning("{Node}: the execution model takes {Model} joints, the {Arm} has {Arm2}: resonance is not reported", NodeName, execution.JointCount, answers.Arm.Model, answers.Arm.JointCount);
            return ([], []);
        }

        var ids = answers.Ids.Order(StringComparer.Ordinal).ToArray();
        var latents = ids.Select(id => execution.Encode(RepertoireWindows.Sample(answers.Movement(id), execution.WindowFrames, execution.FrameRateHz)).ToArray()).ToArray();
        return (ids, latents);
    }

    private static string ModelId(string path)
    {
        using var stream = File.OpenRead(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return $"{Path.GetFileName(path)} {hash[..12]}";
    }

    private void OnPartnerState(PartnerState message)
    {
        if (!message.Tracked)
        {
            _window.Clear();
            return;
        }

        if (!PartnerStateMessages.TryReadSkeleton(message, _skeleton, out var problem))
        {
            _badFrames.Dropped(problem!);
            return;
        }

        if (_window.HasData && _skeleton.Timestamp < _window.Newest)
        {
            return;
        }

        _partnerId = message.PartnerId;
        _window.Add(_skeleton);
    }

    private void OnTick()
    {
        if (!_window.HasData || _window.Newest == _lastEncoded)
        {
            return;
        }

        _lastEncoded = _window.Newest;
        _encoder.Encode(_window);
        var signal = new MirrorSignal
        {
            PartnerId = _partnerId,
            Latent = _encoder.Latent.ToArray(),
            GestureClasses = _classes,
            GestureProbabilities = _encoder.GestureProbabilities.ToArray(),
            ExpectedTimeToEnd = _encoder.TimeToEndSeconds,
            RepertoireIds = _repertoireIds,
            Resonance = Resonance(_encoder.Latent),
            ModelId = _modelId,
        };
        signal.Header.Stamp = SessionTime.Stamp(_window.Newest);
        _encoder.Activity.CopyTo(signal.ActivityProjection);
        _signals.Publish(signal);
    }

    /// <summary>Cosine similarity of the observation latent with each answer's execution latent (both L2-normalised).</summary>
    private float[] Resonance(ReadOnlySpan<float> latent)
    {
        var resonance = new float[_repertoireLatents.Length];
        for (var i = 0; i < resonance.Length; i++)
        {
            var other = _repertoireLatents[i];
            var dot = 0f;
            for (var k = 0; k < Math.Min(latent.Length, other.Length); k++)
            {
                dot += latent[k] * other[k];
            }

            resonance[i] = dot;
        }

        return resonance;
    }

    public void Dispose()
    {
        _timer.Dispose();
        _states.Dispose();
        _signals.Dispose();
        _encoder.Dispose();
    }
}
