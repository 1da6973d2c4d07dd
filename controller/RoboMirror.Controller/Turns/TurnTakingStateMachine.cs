using RoboMirror.Controller.Inputs;
using RoboMirror.Controller.Policies;
using RoboMirror.Controller.Safety;

namespace RoboMirror.Controller.Turns;

/// <summary>
/// The turn-taking state machine. Driven only by <see cref="Step"/> inputs (clock included), so a replay
/// of the same inputs gives the same decisions and events. Safety is checked first in every state; the
/// timing policy decides when the answer is commanded. Runs in the control loop: a step allocates only
/// when it logs an event.
/// </summary>
public sealed partial class TurnTakingStateMachine
{
    private readonly TurnSettings _settings;
    private readonly ITimingPolicy _policy;
    private readonly SafetyMonitor _safety;

    private TimeSpan _turnStarted;
    private TimeSpan? _stillSince;
    private TimeSpan? _scheduledCommand;
    private TimeSpan? _predictedEnd;
    private TimeSpan? _absentSince;
    private bool _partnerMovingAtCommand;
    private bool _partnerStillSinceCommand;
    private bool _robotMoved;
    private TimeSpan? _clearSince;
    private bool _awaitStillness;
    private string? _turnAnswer;
    private bool _awaitStillnessInIdle;
    private TimeSpan _commandedAt;
    private readonly List<TimeSpan> _latencies = [];
    private TimeSpan? _measuredLatency;
    private bool _networkSawEnd;

    public TurnTakingStateMachine(TurnSettings settings, ITimingPolicy policy, SafetyMonitor safety)
    {
        _settings = settings.Validate();
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _safety = safety ?? throw new ArgumentNullException(nameof(safety));
    }

    /// <summary>The current state.</summary>
    public TurnState State { get; private set; } = TurnState.Idle;

    /// <summary>The policy in use.</summary>
    public ITimingPolicy Policy => _policy;

    /// <summary>When the answer is scheduled to be commanded, while in <see cref="TurnState.Transition"/>.</summary>
    public TimeSpan? ScheduledCommand => _scheduledCommand;

    /// <summary>The arm's command-to-motion delay learned from its answers so far (null before the first, or when not learning).</summary>
    public TimeSpan? MeasuredArmLatency => _measuredLatency;

    /// <summary>The partner end the current schedule is built on, when known.</summary>
    public TimeSpan? PredictedPartnerEnd => _predictedEnd;

    /// <summary>
    /// Advances the machine by one step. Events caused by this step are appended to <paramref name="events"/>.
    /// </summary>
    public ControllerDecision Step(in ControllerInput input, List<TurnEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var verdict = _safety.Evaluate(input);
        if (State == TurnState.SafetyHold)
        {
            return StepSafetyHold(input, events);
        }

        if (verdict.Hold)
        {
            Transition(input.Now, TurnEventKind.SafetyHoldEntered, TurnState.SafetyHold, verdict.Cause, events);
            _clearSince = null;
            _awaitStillnessInIdle = false;
            return new ControllerDecision(ControllerCommand.Hold, null, 0);
        }

        var decision = State switch
        {
            TurnState.Idle => StepIdle(input, events),
            TurnState.PartnerTurn or TurnState.Transition => StepPartnerTurn(input, events),
            TurnState.RobotTurn => StepRobotTurn(input, events),
            TurnState.Yielding => StepYielding(input, events),
            _ => new ControllerDecision(ControllerCommand.None, null, 1),
        };
        var scale = Math.Min(decision.SpeedScale, verdict.SpeedScale);
        return decision with { SpeedScale = scale };
    }

    private void Transition(TimeSpan now, TurnEventKind kind, TurnState to, string evidence, List<TurnEvent> events, TimeSpan? eventTime = null)
    {
        events.Add(new TurnEvent(now, kind, State, to, evidence, eventTime));
        State = to;
    }

    private void Log(TimeSpan now, TurnEventKind kind, string evidence, List<TurnEvent> events, TimeSpan? eventTime = null) =>
        events.Add(new TurnEvent(now, kind, State, State, evidence, eventTime));

    private void BeginPartnerTurn(TimeSpan started, bool afterYield = false)
    {
        // After a yield the partner has the floor again: no answer until they have been still once, so a
        // plan that is already due (an old prediction, a labelled end in the past) cannot re-command at once.
        _awaitStillness = afterYield;
        _policy.Reset();
        _turnStarted = started;
        _stillSince = null;
        _scheduledCommand = null;
        _predictedEnd = null;
        _absentSince = null;
        _turnAnswer = null;
    }
}
