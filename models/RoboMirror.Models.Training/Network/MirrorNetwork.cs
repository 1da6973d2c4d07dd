using RoboMirror.Models.Contract;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RoboMirror.Models.Training.Network;

/// <summary>
/// The mirror network: an observation encoder (partner skeleton window → latent, with gesture and
/// activity-projection heads) and an execution encoder (own joint-command window → latent) into one
/// L2-normalised space.
/// </summary>
internal sealed class MirrorNetwork : nn.Module
{
    private static readonly Lock SeedGate = new();

    private readonly TemporalConvEncoder _observationTrunk;
    private readonly Dropout _observationDropout;
    private readonly LatentProjection _observationLatent;
    private readonly Linear _gestureHead;
    private readonly Linear _activityHead;
    private readonly TemporalConvEncoder _executionTrunk;
    private readonly Dropout _executionDropout;
    private readonly LatentProjection _executionLatent;

    private MirrorNetwork(MirrorNetworkSettings settings)
        : base(nameof(MirrorNetwork))
    {
        Settings = settings;
        _observationTrunk = new TemporalConvEncoder("observation_trunk", settings.FrameFeatures, settings);
        _observationDropout = nn.Dropout(settings.Dropout);
        _observationLatent = new LatentProjection("observation_latent", settings.Hidden, settings.LatentSize);
        _gestureHead = nn.Linear(settings.Hidden, settings.GestureLabels.Count);
        _activityHead = nn.Linear(settings.Hidden, ActivityBins.Count);
        _executionTrunk = new TemporalConvEncoder("execution_trunk", settings.JointCount, settings);
        _executionDropout = nn.Dropout(settings.Dropout);
        _executionLatent = new LatentProjection("execution_latent", settings.Hidden, settings.LatentSize);
        RegisterComponents();
    }

    public MirrorNetworkSettings Settings { get; }

    internal TemporalConvEncoder ObservationTrunk => _observationTrunk;

    internal LatentProjection ObservationLatent => _observationLatent;

    internal Linear GestureHead => _gestureHead;

    internal Linear ActivityHead => _activityHead;

    internal TemporalConvEncoder ExecutionTrunk => _executionTrunk;

    internal LatentProjection ExecutionLatent => _executionLatent;

    /// <summary>
    /// Creates a network whose initial weights follow from <paramref name="seed"/> alone. libtorch's
    /// generator is process-global, so seeding and creating happen under one lock.
    /// </summary>
    public static MirrorNetwork Create(MirrorNetworkSettings settings, long seed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        lock (SeedGate)
        {
            random.manual_seed(seed);
            return new MirrorNetwork(settings);
        }
    }

    /// <summary>Windows [batch, frames, features] → latent, gesture logits, activity logits.</summary>
    public ObservationOutput Observe(Tensor window)
    {
        using var scope = NewDisposeScope();
        var hidden = _observationDropout.forward(_observationTrunk.forward(window));
        var output = new ObservationOutput(
            _observationLatent.forward(hidden).MoveToOuterDisposeScope(),
            _gestureHead.forward(hidden).MoveToOuterDisposeScope(),
            _activityHead.forward(hidden).MoveToOuterDisposeScope());
        return output;
    }

    /// <summary>Joint-command windows [batch, frames, joints] → latent.</summary>
    public Tensor Execute(Tensor joints)
    {
        using var scope = NewDisposeScope();
        var hidden = _executionDropout.forward(_executionTrunk.forward(joints));
        return _executionLatent.forward(hidden).MoveToOuterDisposeScope();
    }

    /// <summary>Number of trainable values.</summary>
    public long ParameterCount() => parameters().Sum(p => p.numel());
}
