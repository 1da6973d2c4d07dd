using RoboMirror.Controller.Inputs;

namespace RoboMirror.Controller.Policies;

/// <summary>
/// The baseline for joint turns: join as soon as the partner is seen moving, <see cref="TimingSettings.ReactiveHold"/>
/// after the activity segmenter declares the partner active.
/// </summary>
public sealed class ReactiveJointPolicy(TimingSettings settings) : ITimingPolicy
{
    private readonly TimingSettings _settings = settings.Validate();

    public string Name => "reactive-joint";

    public void Reset()
    {
    }

    public TimingPlan Plan(in ControllerInput input, in PartnerTurnContext turn) =>
        new(turn.Started + _settings.ReactiveHold, PredictedPartnerEnd: null, FellBack: false, "partner started");
}
