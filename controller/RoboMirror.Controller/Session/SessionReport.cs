using RoboMirror.Controller.Evaluation;

namespace RoboMirror.Controller.Session;

/// <summary>The scored session: per-turn results, the policy summary, counts and fluency.</summary>
/// <param name="Info">The session's settings and span.</param>
/// <param name="Turns">Every scored partner turn in order.</param>
/// <param name="Summary">Gap quantiles and rates over <paramref name="Turns"/> (<see cref="PolicySummary"/>).</param>
/// <param name="Answered">Turns answered after the partner's end, within the answer window.</param>
/// <param name="FalseStarts">Turns where the robot moved before the partner's end.</param>
/// <param name="Missed">Turns without a robot onset within the answer window.</param>
/// <param name="Yields">Times the partner resumed during the robot's turn and the robot gave way.</param>
/// <param name="Fluency">Hoffman's fluency measures over the session, when it has a positive duration.</param>
/// <param name="PartnerActivity">The partner's labelled activity intervals.</param>
/// <param name="RobotActivity">The robot's motion intervals (visible onset to finish or stop).</param>
public sealed record SessionReport(
    SessionInfo Info,
    IReadOnlyList<ScoredTurn> Turns,
    PolicySummary Summary,
    int Answered,
    int FalseStarts,
    int Missed,
    int Yields,
    FluencyMeasures? Fluency,
    IReadOnlyList<ActivityInterval> PartnerActivity,
    IReadOnlyList<ActivityInterval> RobotActivity);
