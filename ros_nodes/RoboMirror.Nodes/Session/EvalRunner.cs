using System.Diagnostics;
using RoboMirror.Controller.Evaluation;
using RoboMirror.Controller.Inputs;
using RoboMirror.Controller.Policies;
using RoboMirror.Controller.Session;
using RoboMirror.Controller.Simulation;
using RoboMirror.Controller.Turns;
using RoboMirror.Models.Inference;
using RoboMirror.Nodes.Nodes;
using RoboMirror.Ros;
using RoboMirror.Ros.Clocks;
using RoboMirror.Ros.Parameters;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Transport;
using MirrorSignal = RoboMirror.Ros.Messages.RobomirrorMsgs.MirrorSignal;
using RosTurnEvent = RoboMirror.Ros.Messages.RobomirrorMsgs.TurnEvent;

namespace RoboMirror.Nodes.Session;

/// <summary>Settings of the replay evaluation (<c>robomirror eval --data DIR --out OUT</c>).</summary>
/// <param name="Pairs">Only these Bütepage pairs' interactions are replayed; null: every pair in the folder.</param>
internal sealed record EvalOptions(string DataFolder, string OutputFolder, IReadOnlyList<string> Policies, int Seed, string? ModelPath, IReadOnlySet<int>? Pairs = null);

/// <summary>One interaction replayed under one policy, scored.</summary>
/// <param name="Policy">Timing policy.</param>
/// <param name="Interaction">The replayed interaction.</param>
/// <param name="Report">The session scored as the sim scores it (one partner turn).</param>
/// <param name="FollowerOnset">The human follower's onset on the session clock, when there is one.</param>
/// <param name="Outcome">The turn's outcome with the onset error against the human follower.</param>
/// <param name="Events">The controller's turn events, in order.</param>
/// <param name="Signals">The mirror network's readings as the controller received them (empty without the mirror node).</param>
internal sealed record EvalTurn(string Policy, EvalInteraction Interaction, SessionReport Report, TimeSpan? FollowerOnset, TurnOutcome Outcome, IReadOnlyList<TurnEvent> Events, IReadOnlyList<MirrorEstimate> Signals)
{
    public ScoredTurn Scored => Report.Turns[0];
}

/// <summary>The whole evaluation: every turn of every policy, and notes.</summary>
/// <param name="FoldModels">In a leave-one-pair-out run, the model of each fold (each trained without the pair it replayed).</param>
internal sealed record EvalOutcome(EvalData Data, IReadOnlyList<EvalTurn> Turns, string ModelPath, bool MirrorRan, IReadOnlyList<string> Notes, TimeSpan WallTime, IReadOnlyList<string>? FoldModels = null);

/// <summary>
/// Replays each labelled interaction through the in-process session (replay partner, perception, mirror
/// when its model loads, turn controller, simulated UR5e; no recorder) once per policy, as fast as the
/// machine goes. Each session: the leader's clip starts at <see cref="ClipStart"/> and is played once; the
/// session ends when the turn's answer window has closed, the robot has moved and the controller has settled
/// again (Idle or PartnerTurn), or <see cref="DrainLimit"/> after the labelled end: a late answer still gives
/// an onset for the error against the human follower, though the turn is scored missed.
/// </summary>
internal static class EvalRunner
{
    public static readonly TimeSpan ClipStart = TimeSpan.FromSeconds(1.5);

    public static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(8);

    public static EvalOutcome Run(EvalOptions options, Action<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var wall = Stopwatch.StartNew();
        var data = EvalDataLoader.Load(options.DataFolder, options.Seed);
        if (options.Pairs is { } pairs)
        {
            data = data with { Interactions = [.. data.Interactions.Where(i => pairs.Contains(i.Pair))] };
            if (data.Interactions.Count == 0)
            {
                throw new EvalDataException($"No labelled interactions of pair(s) {string.Join(", ", pairs.Order())} in '{options.DataFolder}'.");
            }
        }

        var notes = new List<string>(data.Notes);
        var model = options.ModelPath ?? ModelLocator.Find();
        if (options.Policies.Any(TimingPolicies.NeedsModel))
        {
            // Fails early with the model's own error (file, problem) rather than in the first mirror session.
            using var check = ObservationEncoder.Open(model);
        }

        var mirror = File.Exists(model);
        if (!mirror)
        {
            notes.Add($"the mirror node is not running: no model at {model} (answers default to '{new TurnSettings().DefaultAnswer}')");
        }

        var turns = new List<EvalTurn>();
        var warnings = new List<string>();
        foreach (var policy in options.Policies)
        {
            for (var i = 0; i < data.Interactions.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var interaction = data.Interactions[i];
                progress?.Invoke($"{policy}: {interaction.Name} ({i + 1}/{data.Interactions.Count})");
                turns.Add(RunOne(policy, interaction, data.Answers, mirror ? model : null, options.Seed, warnings, cancellationToken));
            }
        }

        notes.AddRange(warnings.Distinct(StringComparer.Ordinal));
        return new EvalOutcome(data, turns, model, mirror, notes, wall.Elapsed);
    }

    private static EvalTurn RunOne(string policy, EvalInteraction interaction, AnswerRepertoire answers, string? model, int seed, List<string> warnings, CancellationToken cancellationToken)
    {
        using var logs = new WarningCollector();
        var clock = new SimTimeProvider();
        clock.Update(DateTimeOffset.UnixEpoch);
        var events = new List<TurnEvent>();
        var signals = new List<MirrorEstimate>();
        var owned = new List<IDisposable>();
        var now = TimeSpan.Zero;
        PartnerTurnRecord turn;
        IReadOnlyList<PartnerTurnRecord> partnerTurns;
        using (var ros = Ros2.Init(new RosContextOptions { Arguments = [], Transport = TransportKind.InProcess, TimeProvider = clock, LoggerFactory = logs }))
        {
            var overrides = new Dictionary<string, ParameterValue>(StringComparer.Ordinal)
            {
                ["seed"] = ParameterValue.From((long)seed),
                ["policy"] = ParameterValue.From(policy),
                ["partner_source"] = ParameterValue.From("recordings"),
            };
            using var executor = ros.CreateExecutor();
            try
            {
                INode Make(string name)
                {
                    var node = ros.CreateNode(name, string.Empty, new NodeOptions { ParameterOverrides = overrides });
                    owned.Add(node);
                    executor.Add(node);
                    return node;
                }

                var simClock = new SimClockNode(Make(SimClockNode.NodeName));
                owned.Add(simClock);
                owned.Add(new ArmDriverNode(Make(ArmDriverNode.NodeName)));
                var partner = new EvalPartnerNode(Make(SimulatedPartnerNode.NodeName), interaction.Clip, ClipStart, interaction.FollowerOnset - interaction.LabelledStart);
                owned.Add(partner);
                owned.Add(new PartnerPerceptionNode(Make(PartnerPerceptionNode.NodeName)));
                if (model is not null)
                {
                    owned.Add(new MirrorNode(Make(MirrorNode.NodeName), model, answers));
                }

                var controller = new TurnControllerNode(Make(TurnControllerNode.NodeName), answers);
                owned.Add(controller);
                var monitor = Make("_eval_monitor");
                owned.Add(monitor.CreateSubscription<RosTurnEvent>(SessionTopics.TurnEvents, m => events.Add(TurnMessages.FromMessage(m)), SessionTopics.Events));
                owned.Add(monitor.CreateSubscription<MirrorSignal>(SessionTopics.MirrorSignal, m => signals.Add(MirrorReading.From(SessionTime.Of(m.Header.Stamp), m.GestureClasses, m.GestureProbabilities, m.ActivityProjection, m.ExpectedTimeToEnd, m.RepertoireIds, m.Resonance)), QosProfile.Default));

                turn = partner.Turn;
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    now += SimOptions.Step;
                    clock.Update(DateTimeOffset.UnixEpoch + now);
                    simClock.Publish(now);
                    while (executor.SpinOnce(TimeSpan.Zero, cancellationToken) > 0)
                    {
                    }

                    var moved = events.Exists(e => e.Kind == TurnEventKind.RobotMotionStarted);
                    if (SessionScoring.IsScorable(turn, now) && ((moved && controller.State is TurnState.Idle or TurnState.PartnerTurn) || now >= turn.End + DrainLimit))
                    {
                        break;
                    }
                }

                partnerTurns = partner.Turns;
            }
            finally
            {
                for (var i = owned.Count - 1; i >= 0; i--)
                {
                    owned[i].Dispose();
                }
            }
        }

        warnings.AddRange(logs.Lines);
        var report = SessionScoring.Score(new SessionLog(new SessionInfo(policy, seed, "recordings", TimeSpan.Zero, now), partnerTurns, events));
        if (report.Turns.Count != 1)
        {
            throw new InvalidOperationException($"The replay of {interaction.Name} under {policy} scored {report.Turns.Count} turns instead of one.");
        }

        // Recording time → session time: the labelled start sits at turn.Start in the session.
        TimeSpan? follower = interaction.FollowerOnset is { } f ? f - interaction.LabelledStart + turn.Start : null;
        var scored = report.Turns[0];
        var outcome = TurnScoring.Score(scored.Partner.End, scored.RobotOnset, follower);
        return new EvalTurn(policy, interaction, report, follower, outcome, events, signals);
    }
}
