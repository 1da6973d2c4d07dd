using RoboMirror.Controller.Inputs;
using RoboMirror.Controller.Policies;

namespace RoboMirror.Controller.Turns;

/// <summary>The per-state step functions.</summary>
public sealed partial class TurnTakingStateMachine
{
    private static readonly ControllerDecision Nothing = new(ControllerCommand.None, null, 1);

    private ControllerDecision StepIdle(in ControllerInput input, List<TurnEvent> events)
    {
        if (_awaitStillnessInIdle && input.Partner is { Present: true, Moving: false })
        {
            _awaitStillnessInIdle = false;
        }

        if (!_awaitStillnessInIdle && input.Partner is { Present: true, Moving: true } partner)
        {
            BeginPartnerTurn(partner.Time);
            Transition(input.Now, TurnEventKind.PartnerStarted, TurnState.PartnerTurn, $"motion energy {partner.MotionEnergy:F3}, hand drift {partner.HandDrift:F2}", events, partner.Time);
        }

        return Nothing;
    }

    private ControllerDecision StepPartnerTurn(in ControllerInput given, List<TurnEvent> events)
    {
        // A reading of an earlier movement (the node keeps the latest) is no reading of this turn.
        var input = given.Mirror is { } reading && reading.Time < _turnStarted - _settings.MirrorOnsetAllowance ? given with { Mirror = null } : given;
        var partner = input.Partner!.Value;
        if (!partner.Present)
        {
            _absentSince ??= partner.Time;
            if (partner.Time - _absentSince.Value >= _settings.PartnerLostTimeout)
            {
                _scheduledCommand = null;
                Transition(input.Now, TurnEventKind.PartnerLost, TurnState.Idle, $"partner out of view for {(partner.Time - _absentSince.Value).TotalMilliseconds:F0} ms", events);
                return Nothing;
            }
        }
        else
        {
            _absentSince = null;
            _stillSince = partner.Moving ? null : _stillSince ?? partner.Time;
        }

        if (_awaitStillness)
        {
            if (_stillSince is null)
            {
                return Nothing;
            }

            _awaitStillness = false;
        }

        // The answer is what the network made of the gesture while it was under way: by the time an answer is due
        // the gesture is often over and the newest reading is "no gesture".
        _turnAnswer = input.Mirror?.AnswerId ?? _turnAnswer;
        var plan = _policy.Plan(input, new PartnerTurnContext(_turnStarted, _stillSince, _measuredLatency));
        UpdateSchedule(input.Now, plan, events);
        if (_scheduledCommand is { } commandAt && input.Now >= commandAt)
        {
            var answer = _turnAnswer ?? _settings.DefaultAnswer;
            _partnerMovingAtCommand = partner.Moving;
            _commandedAt = input.Now;
            _networkSawEnd = false;
            _partnerStillSinceCommand = !partner.Moving;
            _robotMoved = false;
            Transition(input.Now, TurnEventKind.CommandSent, TurnState.RobotTurn, $"answer '{answer}' ({plan.Reason})", events, commandAt);
            return new ControllerDecision(ControllerCommand.StartAnswer, answer, 1);
        }

        return Nothing;
    }

    private void UpdateSchedule(TimeSpan now, in TimingPlan plan, List<TurnEvent> events)
    {
        if (plan.CommandAt is not { } commandAt)
        {
            if (State == TurnState.Transition)
            {
                _scheduledCommand = null;
                _predictedEnd = null;
                Transition(now, TurnEventKind.OnsetWithdrawn, TurnState.PartnerTurn, plan.Reason, events);
            }

            return;
        }

        _predictedEnd = plan.PredictedPartnerEnd;
        if (State == TurnState.PartnerTurn)
        {
            _scheduledCommand = commandAt;
            Transition(now, TurnEventKind.OnsetScheduled, TurnState.Transition, plan.Reason, events, commandAt);
        }
        else if (_scheduledCommand is { } previous && (commandAt - previous).Duration() > _settings.ReplanTolerance)
        {
            _scheduledCommand = commandAt;
            Log(now, TurnEventKind.OnsetRescheduled, $"{plan.Reason}; moved {(commandAt - previous).TotalMilliseconds:F0} ms", events, commandAt);
        }
    }

    private ControllerDecision StepRobotTurn(in ControllerInput input, List<TurnEvent> events)
    {
        var arm = input.Arm!.Value;
        var partner = input.Partner!.Value;
        if (!_robotMoved && arm.MaxJointSpeed >= _settings.OnsetJointSpeed)
        {
            _robotMoved = true;
            Log(input.Now, TurnEventKind.RobotMotionStarted, $"joint speed {arm.MaxJointSpeed:F3} rad/s", events, arm.Time);
            LearnLatency(arm.Time - _commandedAt);
        }

        // Only for an answer to a gesture that ended (a joint turn's partner is meant to go on with their gesture).
        var networkResumed = _predictedEnd is not null && NetworkSeesResumption(input.Mirror);
        if (PartnerResumed(partner) || (networkResumed && partner is { Present: true, Moving: true }))
        {
            var why = networkResumed && !_partnerStillSinceCommand
                ? $"partner moving again: the network saw the gesture end and now sees {input.Mirror!.Value.Gesture} under way (tte {input.Mirror!.Value.ExpectedTimeToEnd.TotalMilliseconds:F0} ms)"
                : $"partner moving again (energy {partner.MotionEnergy:F3}, drift {partner.HandDrift:F2})";
            Transition(input.Now, TurnEventKind.PartnerResumed, TurnState.Yielding, why, events, partner.Time);
            return _settings.YieldMode == YieldMode.Stop
                ? new ControllerDecision(ControllerCommand.Yield, null, 0)
                : new ControllerDecision(ControllerCommand.Yield, null, _settings.YieldSpeedScale);
        }

        if (_robotMoved && !arm.Executing && arm.MaxJointSpeed < _settings.OnsetJointSpeed)
        {
            // A partner who has moved without a break since the command (a joint turn, or hands still moving after
            // the gesture) is still in the same movement: a new turn begins only once they have been still.
            _awaitStillnessInIdle = partner is { Present: true, Moving: true } && !_partnerStillSinceCommand;
            Transition(input.Now, TurnEventKind.RobotFinished, TurnState.Idle, _awaitStillnessInIdle ? "trajectory complete; partner still in the same movement" : "trajectory complete", events, arm.Time);
        }

        return Nothing;
    }

    /// <summary>Keeps the latest measured command-to-motion delays; the learned latency is their median.</summary>
    private void LearnLatency(TimeSpan latency)
    {
        if (!_settings.LearnArmLatency || latency < TimeSpan.Zero || latency > TimeSpan.FromSeconds(2))
        {
            return;
        }

        _latencies.Add(latency);
        if (_latencies.Count > _settings.LatencySamples)
        {
            _latencies.RemoveAt(0);
        }

        var sorted = _latencies.Order().ToList();
        _measuredLatency = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>
    /// Whether the mirror network, since the command, first saw the gesture end and now confidently sees a gesture
    /// under way again.
    /// </summary>
    private bool NetworkSeesResumption(MirrorEstimate? reading)
    {
        if (reading is not { } m || m.Time < _commandedAt - _settings.MirrorOnsetAllowance)
        {
            return false;
        }

        var sure = m.Confidence >= _settings.NetworkResumeConfidence && m.GestureProbability >= _settings.NetworkResumeConfidence;
        if (!sure)
        {
            return false;
        }

        if (m.Gesture == GestureNames.None || m.ExpectedTimeToEnd < _settings.NetworkEndTimeToEnd)
        {
            _networkSawEnd = true;
            return false;
        }

        return _networkSawEnd && m.ExpectedTimeToEnd >= _settings.NetworkResumeTimeToEnd;
    }

    private bool PartnerResumed(in PartnerObservation partner)
    {
        if (!partner.Present)
        {
            return false;
        }

        if (!partner.Moving)
        {
            _partnerStillSinceCommand = true;
            return false;
        }

        // Still from the command on and now moving: a resume. Moving through the command (the mirror policy
        // commands before the end): a resume only once the partner overruns the predicted end by the grace.
        return _partnerStillSinceCommand
            || (_partnerMovingAtCommand && _predictedEnd is { } end && partner.Time > end + _settings.ResumeGrace);
    }

    private ControllerDecision StepYielding(in ControllerInput input, List<TurnEvent> events)
    {
        var arm = input.Arm!.Value;
        var partner = input.Partner!.Value;
        if (arm.MaxJointSpeed < _settings.OnsetJointSpeed && (!arm.Executing || _settings.YieldMode == YieldMode.Stop))
        {
            if (partner is { Present: true, Moving: true })
            {
                BeginPartnerTurn(partner.Time, afterYield: true);
                Transition(input.Now, TurnEventKind.YieldCompleted, TurnState.PartnerTurn, "arm at rest; partner's turn", events, arm.Time);
            }
            else
            {
                Transition(input.Now, TurnEventKind.YieldCompleted, TurnState.Idle, "arm at rest", events, arm.Time);
            }

            return Nothing;
        }

        return new ControllerDecision(ControllerCommand.None, null, _settings.YieldMode == YieldMode.Stop ? 0 : _settings.YieldSpeedScale);
    }

    private ControllerDecision StepSafetyHold(in ControllerInput input, List<TurnEvent> events)
    {
        if (!_safety.IsClearToRelease(input))
        {
            _clearSince = null;
            return new ControllerDecision(ControllerCommand.Hold, null, 0);
        }

        _clearSince ??= input.Now;
        if (input.Now - _clearSince.Value >= _safety.Settings.ClearTime)
        {
            _clearSince = null;
            _scheduledCommand = null;
            Transition(input.Now, TurnEventKind.SafetyHoldCleared, TurnState.Idle, $"clear for {_safety.Settings.ClearTime.TotalMilliseconds:F0} ms", events);
            return Nothing;
        }

        return new ControllerDecision(ControllerCommand.Hold, null, 0);
    }
}
