namespace RoboMirror.Controller.Inputs;

/// <summary>
/// Everything the turn controller reads in one step. <see cref="Now"/> drives all timing, so a replay
/// with the same inputs gives the same decisions.
/// </summary>
/// <param name="Now">The controller's clock at this step.</param>
/// <param name="Partner">Latest partner observation, or null when none has arrived yet.</param>
/// <param name="Mirror">Latest mirror estimate, or null when the model has not produced one.</param>
/// <param name="Arm">Latest arm state, or null when none has arrived yet.</param>
/// <param name="LabelledPartnerEnd">The recording's labelled end of the partner's movement (evaluation only; the oracle policy uses it).</param>
/// <param name="MinSeparation">Smallest distance between the partner's hands and the robot's links (metres), when known.</param>
/// <param name="LabelledFollowerOnset">When the human follower of the recording started to move (evaluation only; the joint oracle uses it).</param>
public readonly record struct ControllerInput(
    TimeSpan Now,
    PartnerObservation? Partner,
    MirrorEstimate? Mirror,
    ArmObservation? Arm,
    TimeSpan? LabelledPartnerEnd = null,
    double? MinSeparation = null,
    TimeSpan? LabelledFollowerOnset = null);
