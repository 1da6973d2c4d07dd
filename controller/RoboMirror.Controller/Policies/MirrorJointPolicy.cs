using RoboMirror.Controller.Inputs;

namespace RoboMirror.Controller.Policies;

/// <summary>
/// Joins the partner's gesture while it is under way, as a human follower joins a handshake: motion starts
/// <see cref="TimingSettings.JointLag"/> after the partner's detected onset (command latency compensated), and only
/// once the mirror network, confidently, either recognises a gesture in this turn (probability at least
/// <see cref="TimingSettings.MirrorMinGestureProbability"/>) or projects the partner's activity to go on for at least
/// <see cref="TimingSettings.MirrorContinuingTimeToEnd"/> (an interaction under way, before its kind is clear): the
/// robot joins interactions, not any movement. Until then it does not join.
/// </summary>
public sealed class MirrorJointPolicy(TimingSettings settings) : ITimingPolicy
{
    private readonly TimingSettings _settings = settings.Validate();
    private TimeSpan? _recognisedAt;

    public string Name => "mirror-joint";

    public void Reset() => _recognisedAt = null;

    public TimingPlan Plan(in ControllerInput input, in PartnerTurnContext turn)
    {
        if (_recognisedAt is null && input.Mirror is { } mirror
            && mirror.Time >= turn.Started
            && mirror.Confidence >= _settings.MirrorMinConfidence
            && ((mirror.Gesture != GestureNames.None && mirror.GestureProbability >= _settings.MirrorMinGestureProbability)
                || mirror.ExpectedTimeToEnd >= _settings.MirrorContinuingTimeToEnd))
        {
            _recognisedAt = input.Now;
        }

        if (_recognisedAt is not { } recognised)
        {
            return TimingPlan.Undecided("no gesture recognised yet");
        }

        var join = turn.Started + _settings.JointLag - turn.ArmLatency(_settings);
        return join >= recognised
            ? new TimingPlan(join, PredictedPartnerEnd: null, FellBack: false, $"joining {_settings.JointLag.TotalMilliseconds:F0} ms after the partner's onset")
            : new TimingPlan(recognised, PredictedPartnerEnd: null, FellBack: false, "joining on recognising the gesture");
    }
}
