using RoboMirror.Controller.Inputs;
using RoboMirror.Controller.Policies;
using RoboMirror.Controller.Safety;
using RoboMirror.Controller.Turns;

namespace RoboMirror.Controller.Tests.Turns;

public sealed class TurnTakingStateMachineTests
{
    private static readonly TimingSettings Timing = new();

    private static bool Between(TimeSpan t, double fromSeconds, double toSeconds) =>
        t >= TimeSpan.FromSeconds(fromSeconds) && t < TimeSpan.FromSeconds(toSeconds);

    [Fact]
    public void ReactivePolicy_AnswersAfterThePartnerIsStillForTheHoldTime()
    {
        var script = new TurnScript(new ReactivePolicy(Timing));

        script.Run(TimeSpan.FromSeconds(4), t => Between(t, 0.5, 2.0));

        Assert.Equal(TimeSpan.FromSeconds(0.5), script.FirstEventTime(TurnEventKind.PartnerStarted));
        Assert.Equal(TimeSpan.FromSeconds(2.0) + Timing.ReactiveHold, script.FirstEventTime(TurnEventKind.CommandSent));
        var onset = script.FirstEvent(TurnEventKind.RobotMotionStarted)!.EventTime!.Value;
        Assert.Equal(TimeSpan.FromSeconds(2.0) + Timing.ReactiveHold + script.ArmLatency, onset);
        Assert.NotNull(script.FirstEvent(TurnEventKind.RobotFinished));
        Assert.Equal(TurnState.Idle, script.Machine.State);
    }

    [Fact]
    public void MirrorPolicy_CommandsBeforeThePredictedEnd_SoMotionStartsAtTheTargetGap()
    {
        var partnerEnd = TimeSpan.FromSeconds(2.0);
        var script = new TurnScript(new MirrorPolicy(Timing));

        script.Run(TimeSpan.FromSeconds(4), t => Between(t, 0.5, 2.0),
            mirror: t => t < partnerEnd ? new MirrorEstimate(t, "waving", 0.9, partnerEnd - t, 0.8, "wave") : null);

        var onset = script.FirstEvent(TurnEventKind.RobotMotionStarted)!.EventTime!.Value;
        Assert.Equal(partnerEnd + Timing.TargetGap, onset);
        Assert.Equal("answer 'wave'", script.FirstEvent(TurnEventKind.CommandSent)!.Evidence[..13]);
        Assert.Null(script.FirstEvent(TurnEventKind.PartnerResumed));
    }

    [Fact]
    public void MirrorPolicy_UnsureModel_FallsBackToTheReactiveRule()
    {
        var script = new TurnScript(new MirrorPolicy(Timing));

        script.Run(TimeSpan.FromSeconds(4), t => Between(t, 0.5, 2.0),
            mirror: t => new MirrorEstimate(t, "waving", 0.9, TimeSpan.FromMilliseconds(100), Confidence: 0.1));

        Assert.Equal(TimeSpan.FromSeconds(2.0) + Timing.ReactiveHold, script.FirstEventTime(TurnEventKind.CommandSent));
        Assert.Contains("reactive fallback", script.FirstEvent(TurnEventKind.OnsetScheduled)!.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void MirrorPolicy_ChangingPrediction_IsReplannedAndLogged()
    {
        var script = new TurnScript(new MirrorPolicy(Timing with { MirrorSmoothing = 1.0 }));

        // The model first expects the end at 1.5 s, then (from 1.0 s on) at 2.5 s.
        script.Run(TimeSpan.FromSeconds(4.5), t => Between(t, 0.5, 2.5),
            mirror: t => new MirrorEstimate(t, "waving", 0.9, (t < TimeSpan.FromSeconds(1.0) ? TimeSpan.FromSeconds(1.5) : TimeSpan.FromSeconds(2.5)) - t, 0.8));

        Assert.NotNull(script.FirstEvent(TurnEventKind.OnsetRescheduled));
        var onset = script.FirstEvent(TurnEventKind.RobotMotionStarted)!.EventTime!.Value;
        Assert.Equal(TimeSpan.FromSeconds(2.5) + Timing.TargetGap, onset);
    }

    [Fact]
    public void OraclePolicy_UsesTheLabelledEnd()
    {
        var script = new TurnScript(new OraclePolicy(Timing));

        script.Run(TimeSpan.FromSeconds(4), t => Between(t, 0.5, 1.9), labelledEnd: TimeSpan.FromSeconds(2.0));

        var onset = script.FirstEvent(TurnEventKind.RobotMotionStarted)!.EventTime!.Value;
        Assert.Equal(TimeSpan.FromSeconds(2.0) + Timing.TargetGap, onset);
    }

    [Fact]
    public void PartnerResumesDuringRobotTurn_RobotYieldsAndPartnerGetsTheTurn()
    {
        var script = new TurnScript(new ReactivePolicy(Timing));

        // Partner gestures 0.5-2.0 s, robot answers at 2.4 s, partner starts again at 2.7 s.
        script.Run(TimeSpan.FromSeconds(5), t => Between(t, 0.5, 2.0) || Between(t, 2.7, 4.0));

        var resumed = script.FirstEvent(TurnEventKind.PartnerResumed)!;
        Assert.Equal(TimeSpan.FromSeconds(2.7), resumed.Time);
        Assert.Equal(TurnState.Yielding, resumed.To);
        Assert.Contains(script.Decisions, d => d.Time == resumed.Time && d.Decision.Command == ControllerCommand.Yield);
        var completed = script.FirstEvent(TurnEventKind.YieldCompleted)!;
        Assert.Equal(TurnState.PartnerTurn, completed.To);
        Assert.True(completed.Time - resumed.Time <= TimeSpan.FromMilliseconds(100), $"yield took {(completed.Time - resumed.Time).TotalMilliseconds} ms");
    }

    [Fact]
    public void PartnerStillMovingAtMirrorCommand_IsNotAResumeUntilThePredictionIsOverrun()
    {
        var script = new TurnScript(new MirrorPolicy(Timing)) { ArmMotionDuration = TimeSpan.FromSeconds(4) };
        var predictedEnd = TimeSpan.FromSeconds(2.0);

        // The model predicts 2.0 s but the partner goes on until 5.0 s, past the grace: a wrong prediction, so the
        // robot yields.
        script.Run(TimeSpan.FromSeconds(7), t => Between(t, 0.5, 5.0),
            mirror: t => t < predictedEnd ? new MirrorEstimate(t, "waving", 0.9, predictedEnd - t, 0.8) : null);

        var resumed = script.FirstEvent(TurnEventKind.PartnerResumed)!;
        Assert.True(resumed.Time > predictedEnd + new TurnSettings().ResumeGrace, $"yielded at {resumed.Time}");
    }

    [Fact]
    public void PartnerTooClose_HoldsAboveEveryPolicy_AndClearsOnlyAfterTheClearTime()
    {
        var safety = new SafetySettings();
        var script = new TurnScript(new ReactivePolicy(Timing), safety: safety);

        script.Run(TimeSpan.FromSeconds(6), t => Between(t, 0.5, 2.0),
            separation: t => Between(t, 1.0, 2.0) ? 0.2 : 1.5);

        var hold = script.FirstEvent(TurnEventKind.SafetyHoldEntered)!;
        Assert.Equal(TimeSpan.FromSeconds(1.0), hold.Time);
        Assert.Contains("protective separation", hold.Evidence, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(2.0) + safety.ClearTime, script.FirstEventTime(TurnEventKind.SafetyHoldCleared));
        Assert.All(script.Decisions.Where(d => Between(d.Time, 1.0, 3.0)), d => Assert.Equal(0, d.Decision.SpeedScale));
        Assert.Null(script.FirstEvent(TurnEventKind.CommandSent));
    }

    [Fact]
    public void PartnerStarted_EvidenceNamesTheEnergyAndTheHandDrift()
    {
        var machine = new TurnTakingStateMachine(new TurnSettings(), new ReactivePolicy(Timing), new SafetyMonitor(new SafetySettings()));
        var events = new List<TurnEvent>();
        var now = TimeSpan.FromSeconds(10);

        // A slow raise: little energy, the drift is what made perception call the partner moving.
        machine.Step(new ControllerInput(now, new PartnerObservation(now, true, true, 0.4, HandDrift: 0.9), null, new ArmObservation(now, 0, false, false)), events);

        var started = Assert.Single(events, e => e.Kind == TurnEventKind.PartnerStarted);
        Assert.Contains("motion energy 0.400", started.Evidence, StringComparison.Ordinal);
        Assert.Contains("hand drift 0.90", started.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void StaleJointState_EntersSafetyHold()
    {
        var machine = new TurnTakingStateMachine(new TurnSettings(), new ReactivePolicy(Timing), new SafetyMonitor(new SafetySettings()));
        var events = new List<TurnEvent>();
        var now = TimeSpan.FromSeconds(10);

        var decision = machine.Step(new ControllerInput(now, new PartnerObservation(now, true, false, 0), null,
            new ArmObservation(now - TimeSpan.FromSeconds(1), 0, false, false)), events);

        Assert.Equal(ControllerCommand.Hold, decision.Command);
        Assert.Equal(TurnState.SafetyHold, machine.State);
        Assert.Contains("joint state stale", events.Single().Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void PartnerLeavesTheView_ReturnsToIdleWithPartnerLost()
    {
        var script = new TurnScript(new ReactivePolicy(Timing));

        script.Run(TimeSpan.FromSeconds(4), t => Between(t, 0.5, 3.0), partnerPresent: t => t < TimeSpan.FromSeconds(1.0));

        var lost = script.FirstEvent(TurnEventKind.PartnerLost)!;
        Assert.Equal(TimeSpan.FromSeconds(1.0) + new TurnSettings().PartnerLostTimeout, lost.Time);
        Assert.Null(script.FirstEvent(TurnEventKind.CommandSent));
    }

    [Fact]
    public void Replay_WithTheSameInputs_GivesTheSameEvents()
    {
        TurnEvent[] RunOnce()
        {
            var script = new TurnScript(new MirrorPolicy(Timing));
            script.Run(TimeSpan.FromSeconds(5), t => Between(t, 0.5, 2.0) || Between(t, 2.6, 3.5),
                mirror: t => new MirrorEstimate(t, "waving", 0.9, TimeSpan.FromSeconds(Math.Max(0, 2.0 - t.TotalSeconds)), 0.8));
            return [.. script.Events];
        }

        Assert.Equal(RunOnce(), RunOnce());
    }

    [Fact]
    public void OracleAfterAYield_WaitsForStillnessInsteadOfRecommandingAtOnce()
    {
        var script = new TurnScript(new OraclePolicy(Timing));

        // Labelled end 2.0 s; the partner pauses 2.0-2.5 s, moves again 2.5-4.0 s (an overlap), then stops.
        script.Run(TimeSpan.FromSeconds(7), t => Between(t, 0.5, 2.0) || Between(t, 2.5, 4.0), labelledEnd: TimeSpan.FromSeconds(2.0));

        Assert.Equal(1, script.Events.Count(e => e.Kind == TurnEventKind.PartnerResumed));
        var commands = script.Events.Where(e => e.Kind == TurnEventKind.CommandSent).Select(e => e.Time).ToList();
        Assert.Equal(2, commands.Count);
        Assert.True(commands[1] >= TimeSpan.FromSeconds(4.0), $"second command at {commands[1]}, before the partner stopped");
    }

    [Fact]
    public void PartnerStillMarkedMovingJustAfterThePredictedEnd_IsNotTakenAsResuming()
    {
        var script = new TurnScript(new MirrorPolicy(Timing));
        var predictedEnd = TimeSpan.FromSeconds(2.0);

        // The segmenter reports the end 1.1 s late (its off-latency); the partner did stop on time.
        script.Run(TimeSpan.FromSeconds(5), t => Between(t, 0.5, 3.1),
            mirror: t => t < predictedEnd ? new MirrorEstimate(t, "waving", 0.9, predictedEnd - t, 0.8) : null);

        Assert.Null(script.FirstEvent(TurnEventKind.PartnerResumed));
        Assert.NotNull(script.FirstEvent(TurnEventKind.RobotFinished));
    }
}
