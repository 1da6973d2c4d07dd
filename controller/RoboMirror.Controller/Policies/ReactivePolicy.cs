using RoboMirror.Controller.Inputs;

namespace RoboMirror.Controller.Policies;

/// <summary>
/// The usual HRI rule and the baseline to beat: answer once the partner has been still (activity
/// segmenter off) for <see cref="TimingSettings.ReactiveHold"/>.
/// </summary>
public sealed class ReactivePolicy(TimingSettings settings) : ITimingPolicy
{
    private readonly TimingSettings _settings = settings.Validate();

    public string Name => "reactive";

    public void Reset()
    {
    }

    public TimingPlan Plan(in ControllerInput input, in PartnerTurnContext turn) =>
        turn.StillSince is { } still
            ? new TimingPlan(still + _settings.ReactiveHold, still, FellBack: false, "partner still")
            : TimingPlan.Undecided("partner moving");
}
