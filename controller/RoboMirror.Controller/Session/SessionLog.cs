using RoboMirror.Controller.Simulation;
using RoboMirror.Controller.Turns;

namespace RoboMirror.Controller.Session;

/// <summary>What a session was: its settings and its span on the session clock.</summary>
/// <param name="Policy">Timing policy name.</param>
/// <param name="Seed">Seed of the simulated partner (and the synthetic answers).</param>
/// <param name="PartnerSource">Where the partner's gestures came from: <c>recordings</c> or <c>synthetic</c>.</param>
/// <param name="Start">Session clock at the start.</param>
/// <param name="End">Session clock at the end.</param>
public sealed record SessionInfo(string Policy, int Seed, string PartnerSource, TimeSpan Start, TimeSpan End);

/// <summary>
/// Everything needed to score a session: the partner's labelled turns (the simulated partner's ground
/// truth) and the controller's turn events, all on the session clock.
/// </summary>
public sealed record SessionLog(SessionInfo Info, IReadOnlyList<PartnerTurnRecord> PartnerTurns, IReadOnlyList<TurnEvent> Events);
