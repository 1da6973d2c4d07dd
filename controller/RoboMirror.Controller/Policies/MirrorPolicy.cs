using RoboMirror.Controller.Inputs;

namespace RoboMirror.Controller.Policies;

/// <summary>
/// Anticipates the partner's end from the mirror network's activity projection and schedules the command
/// so that motion starts <see cref="TimingSettings.TargetGap"/> after it, compensating the arm's latency.
/// Re-plans at every estimate (smoothed: a prediction that brings the end closer is taken at
/// <see cref="TimingSettings.MirrorSmoothingEarlier"/>, one that recedes at <see cref="TimingSettings.MirrorSmoothing"/>);
/// when the model is unsure, or has nothing yet, the reactive rule decides instead. Once the model has recognised a
/// gesture in this turn, its switch to "no gesture" is evidence that the gesture is ending, not doubt: its time to end
/// still counts.
/// </summary>
public sealed class MirrorPolicy : ITimingPolicy
{
    private readonly TimingSettings _settings;
    private readonly ReactivePolicy _fallback;
    private TimeSpan? _smoothedEnd;
    private TimeSpan _lastEstimateTime = TimeSpan.MinValue;
    private bool _gestureSeen;
    private bool _continuing;

    public MirrorPolicy(TimingSettings settings)
    {
        _settings = settings.Validate();
        _fallback = new ReactivePolicy(settings);
    }

    public string Name => "mirror";

    public void Reset()
    {
        _smoothedEnd = null;
        _lastEstimateTime = TimeSpan.MinValue;
        _gestureSeen = false;
        _continuing = false;
    }

    public TimingPlan Plan(in ControllerInput input, in PartnerTurnContext turn)
    {
        if (input.Mirror is not { } mirror)
        {
            // No new estimate this step: the last prediction of this turn stands; without one, react.
            return _smoothedEnd is { } last ? Schedule(input, turn, last, "last prediction") : FallBack(input, turn, "no model estimate");
        }

        if (mirror.Confidence < _settings.MirrorMinConfidence)
        {
            // One unsure reading does not undo what confident ones said in this turn: the last prediction stands.
            _continuing = false;
            return _smoothedEnd is { } standing
                ? Schedule(input, turn, standing, $"last prediction (model unsure now: confidence {mirror.Confidence:F2})")
                : FallBack(input, turn, $"model unsure (confidence {mirror.Confidence:F2} < {_settings.MirrorMinConfidence:F2})");
        }

        var recognised = mirror.GestureProbability >= _settings.MirrorMinGestureProbability && mirror.Gesture != GestureNames.None;
        _gestureSeen |= recognised;
        _continuing = _gestureSeen && mirror.ExpectedTimeToEnd >= _settings.MirrorContinuingTimeToEnd;
        if (!_gestureSeen)
        {
            return FallBack(input, turn, $"no gesture recognised ({mirror.Gesture} p={mirror.GestureProbability:F2})");
        }

        if (input.Now - turn.Started < _settings.MirrorMinPartnerActive)
        {
            return TimingPlan.Undecided("partner active too briefly for a prediction");
        }

        if (mirror.Time != _lastEstimateTime)
        {
            // A new estimate: blend its predicted end into the running one. The end is anchored to the
            // estimate's frame time, not to "now", so latency of the model does not shift it.
            var predicted = mirror.Time + mirror.ExpectedTimeToEnd;
            _smoothedEnd = _smoothedEnd is { } previous
                ? predicted < previous ? previous + ((predicted - previous) * _settings.MirrorSmoothingEarlier)
                : mirror.ExpectedTimeToEnd < _settings.MirrorEndingTimeToEnd ? previous
                : previous + ((predicted - previous) * _settings.MirrorSmoothing)
                : predicted;
            _lastEstimateTime = mirror.Time;
        }

        return Schedule(input, turn, _smoothedEnd!.Value, recognised
            ? $"predicted end (tte {mirror.ExpectedTimeToEnd.TotalMilliseconds:F0} ms, {mirror.Gesture} p={mirror.GestureProbability:F2})"
            : $"gesture ending (tte {mirror.ExpectedTimeToEnd.TotalMilliseconds:F0} ms, {mirror.Gesture} p={mirror.GestureProbability:F2})");
    }

    private TimingPlan Schedule(in ControllerInput input, in PartnerTurnContext turn, TimeSpan end, string reason)
    {
        var commandAt = end + _settings.TargetGap - turn.ArmLatency(_settings);

        // Never later than the reactive rule: a partner who stopped well before the predicted end is
        // answered as the baseline would answer them. Unless the network still sees the gesture under way: then
        // the stillness is a pause, and the reactive answer waits up to MirrorPauseLimit for the network to agree.
        var reactive = _fallback.Plan(input, turn);
        if (reactive.CommandAt is { } reactiveAt)
        {
            var bound = _continuing ? reactiveAt + _settings.MirrorPauseLimit : reactiveAt;
            if (bound < commandAt)
            {
                return reactive with
                {
                    CommandAt = bound,
                    Reason = _continuing
                        ? $"partner paused for long though the gesture looks under way; {reactive.Reason}"
                        : $"partner stopped before the predicted end; {reactive.Reason}",
                };
            }
        }

        return new TimingPlan(commandAt, end, FellBack: false, reason);
    }

    private TimingPlan FallBack(in ControllerInput input, in PartnerTurnContext turn, string why)
    {
        var plan = _fallback.Plan(input, turn);
        return plan with { FellBack = true, Reason = $"reactive fallback: {why}; {plan.Reason}" };
    }
}
