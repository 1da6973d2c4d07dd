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
/// <param name="Pairs">Only these Bütepage pairs' interactions are replayed (and no other dataset's); null: every interaction in the folder.</param>
/// <param name="OnlyUnseenDatasets">Only the interactions of datasets no model is trained on (UTKinect, SBU) are replayed.</param>
/// <param name="YieldProbes">Also replays each interaction once more per policy with the partner resuming during the answer, to measure yield latency.</param>
internal sealed record EvalOptions(string DataFolder, string OutputFolder, IReadOnlyList<string> Policies, int Seed, string? ModelPath, IReadOnlySet<int>? Pairs = null, bool YieldProbes = true, bool OnlyUnseenDatasets = false);

/// <summary>One interaction replayed under one policy, scored.</summary>
/// <param name="Policy">Timing policy.</param>
/// <param name="Interaction">The replayed interaction.</param>
/// <param name="Report">The session scored as the sim scores it (one partner turn).</param>
/// <param name="FollowerOnset">The human follower's onset on the session clock, when there is one.</param>
/// <param name="Outcome">The turn's outcome with the onset error against the human follower.</param>
/// <param name="Events">The controller's turn events, in order.</param>
/// <param name="Signals">The mirror network's readings as the controller received them (empty without the mirror node).</param>
/// <param name="Model">The observation model the mirror node ran with; null when it did not run.</param>
internal sealed record EvalTurn(string Policy, EvalInteraction Interaction, SessionReport Report, TimeSpan? FollowerOnset, TurnOutcome Outcome, IReadOnlyList<TurnEvent> Events, IReadOnlyList<MirrorEstimate> Signals, string? Model = null)
{
    public ScoredTurn Scored => Report.Turns[0];
}

/// <summary>The whole evaluation: every turn of every policy, and notes.</summary>
/// <param name="FoldModels">In a leave-one-pair-out run, the model of each fold (each trained without the pair it replayed).</param>
/// <param name="Probes">The yield probes: each interaction once more per policy, with the partner resuming during the answer.</param>
internal sealed record EvalOutcome(EvalData Data, IReadOnlyList<EvalTurn> Turns, string ModelPath, bool MirrorRan, IReadOnlyList<string> Notes, TimeSpan WallTime, IReadOnlyList<string>? FoldModels = null, IReadOnlyList<EvalYieldProbe>? Probes = null);

/// <summary>
/// One yield probe: the interaction replayed under a policy with the partner playing its clip again
/// <see cref="EvalRunner.ProbeResumeDelay"/> after it first saw the robot move.
/// </summary>
/// <param name="Policy">Timing policy.</param>
/// <param name="Interaction">The replayed interaction.</param>
/// <param name="ResumedStart">
/// When the partner starts moving again (session clock): the replay's restart + the leader's motion onset in the clip
/// (<see cref="EvalInteraction.LeaderOnsetInClip"/>, else the clip's labelled start); null when the robot never moved.
/// </param>
/// <param name="RobotBusyAtResume">Whether the robot was still answering (its turn, moving) when the partner resumed.</param>
/// <param name="ResumeDetected">When the controller took the partner to have resumed (its <c>partner_resumed</c> event), if it did.</param>
/// <param name="RobotAtRest">When the arm was at rest after the yield (<c>yield_completed</c>, the arm state's stamp), if it yielded.</param>
/// <param name="AnswerEndedFirst">When the robot's answer ended by itself after the partner moved again, before any yield.</param>
internal sealed record EvalYieldProbe(string Policy, EvalInteraction Interaction, TimeSpan? ResumedStart, bool RobotBusyAtResume, TimeSpan? ResumeDetected, TimeSpan? RobotAtRest, TimeSpan? AnswerEndedFirst = null)
{
    /// <summary>Yield latency: from the partner's resumed movement to the arm at rest, in ms.</summary>
    public double? YieldLatencyMs => ResumedStart is { } start && RobotAtRest is { } rest ? (rest - start).TotalMilliseconds : null;

    /// <summary>From the partner's resumed movement to the controller taking it as a resumption, in ms.</summary>
    public double? DetectionLatencyMs => ResumedStart is { } start && ResumeDetected is { } at ? (at - start).TotalMilliseconds : null;
}

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
    private sealed record ReplayedSession(List<TurnEvent> Events, List<MirrorEstimate> Signals, IReadOnlyList<PartnerTurnRecord> PartnerTurns, PartnerTurnRecord Turn, TimeSpan End, PartnerTurnRecord? Resumed);

    public static readonly TimeSpan ClipStart = TimeSpan.FromSeconds(1.5);

    public static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(8);

    /// <summary>Yield probe: the partner plays its clip again this long after it first sees the robot move.</summary>
    public static readonly TimeSpan ProbeResumeDelay = TimeSpan.FromMilliseconds(300);

    /// <summary>Yield probe: how long after the resumed movement's start the session goes on at most.</summary>
    public static readonly TimeSpan ProbeWindow = TimeSpan.FromSeconds(4);

    public static EvalOutcome Run(EvalOptions options, Action<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var wall = Stopwatch.StartNew();
        var data = EvalDataLoader.Load(options.DataFolder, options.Seed);
        if (options.Pairs is { } pairs)
        {
            data = data with { Interactions = [.. data.Interactions.Where(i => i.IsTrainingData && pairs.Contains(i.Pair))] };
            if (data.Interactions.Count == 0)
            {
                throw new EvalDataException($"No labelled interactions of pair(s) {string.Join(", ", pairs.Order())} in '{options.DataFolder}'.");
            }
        }

        if (options.OnlyUnseenDatasets)
        {
            data = data with { Interactions = [.. data.Interactions.Where(i => !i.IsTrainingData)] };
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
        var probes = new List<EvalYieldProbe>();
        var warnings = new List<string>();
        foreach (var policy in options.Policies)
        {
            for (var i = 0; i < data.Interactions.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var interaction = data.Interactions[i];
                progress?.Invoke($"{policy}: {interaction.Name} ({i + 1}/{data.Interactions.Count})");
                turns.Add(RunOne(policy, interaction, data.Answers, mirror ? model : null, options.Seed, setting: null, warnings, cancellationToken));
                if (options.YieldProbes && !TimingPolicies.IsJoint(policy))
                {
                    probes.Add(RunProbe(policy, interaction, data.Answers, mirror ? model : null, options.Seed, warnings, cancellationToken));
                }
            }
        }

        notes.AddRange(warnings.Distinct(StringComparer.Ordinal));
        return new EvalOutcome(data, turns, model, mirror, notes, wall.Elapsed, Probes: options.YieldProbes ? probes : null);
    }

    private static EvalYieldProbe RunProbe(string policy, EvalInteraction interaction, AnswerRepertoire answers, string? model, int seed, List<string> warnings, CancellationToken cancellationToken)
    {
        var session = Replay(policy, interaction, answers, model, seed, setting: null, ProbeResumeDelay, warnings, cancellationToken);
        if (session.Resumed is not { } resumed)
        {
            return new EvalYieldProbe(policy, interaction, null, false, null, null);
        }

        var restart = resumed.Start - interaction.Clip.ActivityStart;
        var moving = restart + (interaction.LeaderOnsetInClip ?? interaction.Clip.ActivityStart);

        // The robot was still answering when the partner moved again if its last command before then was not yet
        // followed by a finish or a completed yield.
        var before = session.Events.Where(e => e.Time <= moving).ToList();
        var busy = before.FindLastIndex(e => e.Kind == TurnEventKind.CommandSent) > before.FindLastIndex(e => e.Kind is TurnEventKind.RobotFinished or TurnEventKind.YieldCompleted);
        var detected = session.Events.FirstOrDefault(e => e.Kind == TurnEventKind.PartnerResumed && e.Time >= restart);
        var atRest = detected is null ? null : session.Events.FirstOrDefault(e => e.Kind == TurnEventKind.YieldCompleted && e.Time >= detected.Time);
        var finished = session.Events.FirstOrDefault(e => e.Kind == TurnEventKind.RobotFinished && e.Time >= moving);
        var endedFirst = finished is not null && (detected is null || finished.Time < detected.Time) ? finished.EventTime ?? finished.Time : (TimeSpan?)null;
        return new EvalYieldProbe(policy, interaction, moving, busy, detected?.EventTime ?? detected?.Time, atRest?.EventTime ?? atRest?.Time, endedFirst);
    }

    /// <summary>
    /// One replayed session: until the answer window has closed and the robot has moved and settled again (or
    /// <see cref="DrainLimit"/> after the labelled end); as a yield probe (<paramref name="resumeAfterRobotMoves"/>),
    /// until the robot is at rest after a yield, or <see cref="ProbeWindow"/> after the resumed movement's start.
    /// A <paramref name="setting"/> is one more node parameter override, as a launch file would set it.
    /// </summary>
    private static ReplayedSession Replay(string policy, EvalInteraction interaction, AnswerRepertoire answers, string? model, int seed, EvalTimingSetting? setting, TimeSpan? resumeAfterRobotMoves, List<string> warnings, CancellationToken cancellationToken)
    {
        using var logs = new WarningCollector();
        var clock = new SimTimeProvider();
        clock.Update(DateTimeOffset.UnixEpoch);
        var events = new List<TurnEvent>();
        var signals = new List<MirrorEstimate>();
        var owned = new List<IDisposable>();
        var now = TimeSpan.Zero;
        PartnerTurnRecord turn;
        PartnerTurnRecord? resumed = null;
        IReadOnlyList<PartnerTurnRecord> partnerTurns;
        using (var ros = Ros2.Init(new RosContextOptions { Arguments = [], Transport = TransportKind.InProcess, TimeProvider = clock, LoggerFactory = logs }))
        {
            var overrides = new Dictionary<string, ParameterValue>(StringComparer.Ordinal)
            {
                ["seed"] = ParameterValue.From((long)seed),
                ["policy"] = ParameterValue.From(policy),
                ["partner_source"] = ParameterValue.From("recordings"),
            };
            if (setting is not null)
            {
                overrides[setting.Parameter] = ParameterValue.From(setting.ValueMs);
            }

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
                var partner = new EvalPartnerNode(Make(SimulatedPartnerNode.NodeName), interaction.Clip, ClipStart, interaction.FollowerOnset - interaction.LabelledStart, resumeAfterRobotMoves);
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
                owned.Add(monitor.CreateSubscription<MirrorSignal>(SessionTopics.MirrorSignal, m => signals.Add(MirrorSignalMessages.ToEstimate(m)), QosProfile.Default));

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

                    if (resumeAfterRobotMoves is not null)
                    {
                        if (partner.Resumed is { } again
                            ? now >= again.Start + ProbeWindow || events.Exists(e => (e.Kind is TurnEventKind.YieldCompleted or TurnEventKind.RobotFinished) && e.Time >= again.Start - interaction.Clip.ActivityStart)
                            : now >= turn.End + DrainLimit)
                        {
                            resumed = partner.Resumed;
                            break;
                        }

                        continue;
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
        return new ReplayedSession(events, signals, partnerTurns, turn, now, resumed);
    }

    /// <summary>
    /// One interaction replayed and scored under <paramref name="policy"/> with one timing setting given to the turn
    /// controller as its node parameter (<see cref="EvalTimingSetting.Parameter"/>); no yield probe. For the operating curve.
    /// </summary>
    public static EvalTurn RunWith(string policy, EvalInteraction interaction, AnswerRepertoire answers, string? model, int seed, EvalTimingSetting setting, List<string> warnings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return RunOne(policy, interaction, answers, model, seed, setting, warnings, cancellationToken);
    }

    private static EvalTurn RunOne(string policy, EvalInteraction interaction, AnswerRepertoire answers, string? model, int seed, EvalTimingSetting? setting, List<string> warnings, CancellationToken cancellationToken)
    {
        var (events, signals, partnerTurns, turn, now, _) = Replay(policy, interaction, answers, model, seed, setting, resumeAfterRobotMoves: null, warnings, cancellationToken);
        var report = SessionScoring.Score(new SessionLog(new SessionInfo(policy, seed, "recordings", TimeSpan.Zero, now), partnerTurns, events));
        if (report.Turns.Count != 1)
        {
            throw new InvalidOperationException($"The replay of {interaction.Name} under {policy} scored {report.Turns.Count} turns instead of one.");
        }

        // Recording time → session time: the labelled start sits at turn.Start in the session.
        TimeSpan? follower = interaction.FollowerOnset is { } f ? f - interaction.LabelledStart + turn.Start : null;
        var scored = report.Turns[0];
        var outcome = TurnScoring.Score(scored.Partner.End, scored.RobotOnset, follower);
        return new EvalTurn(policy, interaction, report, follower, outcome, events, signals, model);
    }
}
