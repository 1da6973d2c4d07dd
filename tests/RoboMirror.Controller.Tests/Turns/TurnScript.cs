using RoboMirror.Controller.Inputs;
using RoboMirror.Controller.Policies;
using RoboMirror.Controller.Safety;
using RoboMirror.Controller.Turns;

namespace RoboMirror.Controller.Tests.Turns;

/// <summary>
/// Drives a state machine through a scripted interaction at 100 Hz: the partner moves between two times,
/// the arm obeys commands after a latency. Records decisions and events for assertions.
/// </summary>
internal sealed class TurnScript
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);
    private readonly TurnTakingStateMachine _machine;
    private TimeSpan? _armMovingFrom;
    private TimeSpan? _armStoppedAt;

    public TurnScript(ITimingPolicy policy, TurnSettings? turn = null, SafetySettings? safety = null)
    {
        _machine = new TurnTakingStateMachine(turn ?? new TurnSettings(), policy, new SafetyMonitor(safety ?? new SafetySettings()));
    }

    public TurnTakingStateMachine Machine => _machine;

    public List<TurnEvent> Events { get; } = [];

    public List<(TimeSpan Time, ControllerDecision Decision)> Decisions { get; } = [];

    public TimeSpan ArmLatency { get; init; } = new RoboMirror.Controller.Policies.TimingSettings().ArmLatency;

    public TimeSpan ArmMotionDuration { get; init; } = TimeSpan.FromSeconds(1.5);

    /// <summary>
    /// Runs from 0 to <paramref name="until"/>; the partner moves while <paramref name="partnerMoving"/> says so (the
    /// activity segmenter's verdict, scripted directly). <paramref name="labelledFollowerOnset"/> is passed in every input
    /// (the joint oracle reads it).
    /// </summary>
    public void Run(TimeSpan until, Func<TimeSpan, bool> partnerMoving, Func<TimeSpan, MirrorEstimate?>? mirror = null,
        TimeSpan? labelledEnd = null, Func<TimeSpan, double?>? separation = null, Func<TimeSpan, bool>? partnerPresent = null,
        TimeSpan? labelledFollowerOnset = null)
    {
        for (var now = TimeSpan.Zero; now <= until; now += Step)
        {
            var moving = partnerMoving(now);
            var present = partnerPresent?.Invoke(now) ?? true;
            var armSpeed = ArmSpeed(now);
            var input = new ControllerInput(
                now,
                new PartnerObservation(now, present, present && moving, moving ? 0.8 : 0.01),
                mirror?.Invoke(now),
                new ArmObservation(now, armSpeed, Executing: armSpeed > 0, Faulted: false),
                labelledEnd,
                separation?.Invoke(now),
                labelledFollowerOnset);
            var decision = _machine.Step(input, Events);
            Decisions.Add((now, decision));
            Apply(now, decision);
        }
    }

    public TimeSpan? FirstEventTime(TurnEventKind kind) => Events.FirstOrDefault(e => e.Kind == kind)?.Time;

    public TurnEvent? FirstEvent(TurnEventKind kind) => Events.FirstOrDefault(e => e.Kind == kind);

    private double ArmSpeed(TimeSpan now)
    {
        if (_armMovingFrom is not { } from || now < from)
        {
            return 0;
        }

        if (_armStoppedAt is { } stopped && now >= stopped)
        {
            return 0;
        }

        return now < from + ArmMotionDuration ? 0.5 : 0;
    }

    private void Apply(TimeSpan now, ControllerDecision decision)
    {
        switch (decision.Command)
        {
            case ControllerCommand.StartAnswer:
                _armMovingFrom = now + ArmLatency;
                _armStoppedAt = null;
                break;
            case ControllerCommand.Yield or ControllerCommand.Hold when _armMovingFrom is not null:
                _armStoppedAt ??= now + TimeSpan.FromMilliseconds(50);
                break;
        }
    }
}
