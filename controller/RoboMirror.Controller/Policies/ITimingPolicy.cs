using RoboMirror.Controller.Inputs;

namespace RoboMirror.Controller.Policies;

/// <summary>
/// Decides when the robot's answer is commanded during the partner's turn. Called once per controller
/// step while the partner's turn is under way; runs in the control loop: must not block, and allocates no more than
/// the plan's evidence text (about 120 B a step, measured by the controller-step benchmark).
/// </summary>
public interface ITimingPolicy
{
    /// <summary>Setting value that selects this policy, e.g. <c>mirror</c>.</summary>
    string Name { get; }

    /// <summary>Forgets everything about the previous turn.</summary>
    void Reset();

    /// <summary>Plans the command time for the current partner turn.</summary>
    TimingPlan Plan(in ControllerInput input, in PartnerTurnContext turn);
}

/// <summary>What the state machine knows of the partner's current turn.</summary>
/// <param name="Started">When the partner started moving.</param>
/// <param name="StillSince">Since when the partner has been still (segmenter off), or null while moving.</param>
/// <param name="MeasuredArmLatency">
/// The arm's delay from command to visible motion as measured on this arm's earlier answers (median of the last
/// few), when the controller learns it; the policies then use it instead of <see cref="TimingSettings.ArmLatency"/>.
/// </param>
public readonly record struct PartnerTurnContext(TimeSpan Started, TimeSpan? StillSince, TimeSpan? MeasuredArmLatency = null)
{
    /// <summary>The latency to compensate: the measured one, else the configured one.</summary>
    public TimeSpan ArmLatency(TimingSettings settings) => MeasuredArmLatency ?? settings.ArmLatency;
}

/// <summary>A policy's plan.</summary>
/// <param name="CommandAt">When to send the command (controller time), or null when not decidable yet.</param>
/// <param name="PredictedPartnerEnd">The partner end the plan is built on, when the policy predicts one.</param>
/// <param name="FellBack">True when the mirror policy fell back to the reactive rule.</param>
/// <param name="Reason">Short evidence for logs.</param>
public readonly record struct TimingPlan(TimeSpan? CommandAt, TimeSpan? PredictedPartnerEnd, bool FellBack, string Reason)
{
    public static TimingPlan Undecided(string reason) => new(null, null, false, reason);
}
