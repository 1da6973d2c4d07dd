using RoboMirror.Controller.Inputs;

namespace RoboMirror.Controller.Policies;

/// <summary>
/// Upper bound for joint turns in evaluation: knows when the recording's human follower started and commands so that
/// motion starts then (command latency compensated), or at once when that instant has passed before the partner was
/// even seen moving (a follower who moved first).
/// </summary>
public sealed class OracleJointPolicy(TimingSettings settings) : ITimingPolicy
{
    private readonly TimingSettings _settings = settings.Validate();

    public string Name => "oracle-joint";

    public void Reset()
    {
    }

    public TimingPlan Plan(in ControllerInput input, in PartnerTurnContext turn) =>
        input.LabelledFollowerOnset is { } onset
            ? new TimingPlan(onset - turn.ArmLatency(_settings), PredictedPartnerEnd: null, FellBack: false, "labelled follower onset")
            : TimingPlan.Undecided("no labelled follower onset in this input (the joint oracle needs a replayed recording with a follower)");
}
