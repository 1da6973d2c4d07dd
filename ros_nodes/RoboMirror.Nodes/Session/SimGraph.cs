using RoboMirror.Controller.Evaluation;
using RoboMirror.Controller.Policies;
using RoboMirror.Controller.Session;
using RoboMirror.Controller.Turns;
using RoboMirror.Models.Inference;
using RoboMirror.Nodes.Nodes;
using RoboMirror.Ros;
using RoboMirror.Ros.Parameters;
using RoboMirror.Ros.Transport;
using RosTurnEvent = RoboMirror.Ros.Messages.RobomirrorMsgs.TurnEvent;

namespace RoboMirror.Nodes.Session;

/// <summary>
/// The nodes of one in-process session on one executor: recorder, sim clock, arm driver, simulated
/// partner, partner perception, mirror (when its model loads), turn controller, and a hidden monitor that
/// follows the turn events for the live view.
/// </summary>
internal sealed class SimGraph : IDisposable
{
    private readonly List<IDisposable> _owned = [];
    private readonly IExecutor _executor;
    private readonly List<TurnEvent> _events = [];

    public SimGraph(IRosContext ros, SimOptions options, PartnerMaterial material, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(ros);
        var overrides = new Dictionary<string, ParameterValue>(StringComparer.Ordinal)
        {
            ["seed"] = ParameterValue.From((long)options.Seed),
            ["policy"] = ParameterValue.From(options.Policy),
            ["partner_source"] = ParameterValue.From(material.Source),
        };
        _executor = ros.CreateExecutor();
        try
        {
            INode Make(string name)
            {
                var node = ros.CreateNode(name, string.Empty, new NodeOptions { ParameterOverrides = overrides });
                _owned.Add(node);
                _executor.Add(node);
                return node;
            }

            Recorder = Own(new RecorderNode(Make(RecorderNode.NodeName), Path.Combine(options.OutputFolder, RunFolder.Recording)));
            Clock = Own(new SimClockNode(Make(SimClockNode.NodeName)));
            Own(new ArmDriverNode(Make(ArmDriverNode.NodeName)));
            Partner = Own(new SimulatedPartnerNode(Make(SimulatedPartnerNode.NodeName), material));
            Own(new PartnerPerceptionNode(Make(PartnerPerceptionNode.NodeName)));
            StartMirror(options, material, notes, Make);
            Controller = Own(new TurnControllerNode(Make(TurnControllerNode.NodeName), material.Answers));
            var monitor = Make("_sim_monitor");
            _owned.Add(monitor.CreateSubscription<RosTurnEvent>(SessionTopics.TurnEvents, m => _events.Add(TurnMessages.FromMessage(m)), SessionTopics.Events));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public RecorderNode Recorder { get; }

    public SimClockNode Clock { get; }

    public SimulatedPartnerNode Partner { get; }

    public TurnControllerNode Controller { get; }

    /// <summary>Runs callbacks until none is ready.</summary>
    public void SpinUntilIdle(CancellationToken cancellationToken)
    {
        while (_executor.SpinOnce(TimeSpan.Zero, cancellationToken) > 0)
        {
        }
    }

    /// <summary>Over DDS, samples may still be in flight: spin a little longer so the recording gets them.</summary>
    public void Drain(TransportKind transport, CancellationToken cancellationToken)
    {
        SpinUntilIdle(cancellationToken);
        if (transport != TransportKind.Dds)
        {
            return;
        }

        var until = DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(300);
        while (DateTimeOffset.UtcNow < until && !cancellationToken.IsCancellationRequested)
        {
            _executor.SpinOnce(TimeSpan.FromMilliseconds(20), cancellationToken);
        }
    }

    /// <summary>The live view's snapshot at <paramref name="now"/>.</summary>
    public SimProgress Progress(TimeSpan now, int? turnsWanted)
    {
        var turns = Partner.Turns;
        var scored = turns.Count(t => SessionScoring.IsScorable(t, now));
        double? lastGap = null;
        if (scored > 0)
        {
            var log = new SessionLog(new SessionInfo(string.Empty, 0, Partner.Source, TimeSpan.Zero, now), turns, _events);
            lastGap = SessionScoring.Score(log).Turns.LastOrDefault(t => t.Outcome.Kind != TurnOutcomeKind.Missed)?.Outcome.GapMs;
        }

        return new SimProgress(now, turns.Count, scored, Controller.State, lastGap, turnsWanted);
    }

    private void StartMirror(SimOptions options, PartnerMaterial material, List<string> notes, Func<string, INode> make)
    {
        var path = options.ModelPath ?? ModelLocator.Find();
        if (!TimingPolicies.NeedsModel(options.Policy) && !File.Exists(path))
        {
            notes.Add($"the mirror node is not running: no model at {path} (the {options.Policy} policy does not need it; answers default to '{new TurnSettings().DefaultAnswer}')");
            return;
        }

        try
        {
            Own(new MirrorNode(make(MirrorNode.NodeName), path, material.Answers));
        }
        catch (ModelFileException e) when (!TimingPolicies.NeedsModel(options.Policy))
        {
            notes.Add($"the mirror node is not running: {e.Message}");
        }
    }

    private T Own<T>(T item)
        where T : IDisposable
    {
        _owned.Add(item);
        return item;
    }

    public void Dispose()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            _owned[i].Dispose();
        }

        _owned.Clear();
        _executor.Dispose();
    }
}
