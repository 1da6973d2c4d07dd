using RoboMirror.Controller.Evaluation;
using RoboMirror.Controller.Simulation;

namespace RoboMirror.Controller.Session;

/// <summary>One partner turn with the robot's onset attributed to it and its score.</summary>
/// <param name="Partner">The partner's labelled turn.</param>
/// <param name="RobotOnset">The robot's first visible motion onset in this turn, if any.</param>
/// <param name="Outcome">Answered, false start or missed, with the gap (docs/controller.md, Scoring).</param>
public sealed record ScoredTurn(PartnerTurnRecord Partner, TimeSpan? RobotOnset, TurnOutcome Outcome);
