using RoboMirror.Controller.Inputs;

namespace RoboMirror.Controller.Policies;

/// <summary>
/// Upper bound for evaluation: knows the labelled end of the partner's movement and commands so that
/// motion starts exactly the target gap after it (command latency compensated).
/// </summary>
public sealed class OraclePolicy(TimingSettings settings) : ITimingPolicy
{
    private readonly TimingSettings _settings = settings.Validate();

    public string Name => "oracle";

    public void Reset()
    {
    }

    public TimingPlan Plan(in ControllerInput input, in PartnerTurnContext turn) =>
        input.LabelledPartnerEnd is { } end
            ? new TimingPlan(end + _settings.TargetGap - turn.ArmLatency(_settings), end, FellBack: false, "labelled end")
            : TimingPlan.Undecided("no labelled end in this input (the oracle needs a recording with labels)");
}
