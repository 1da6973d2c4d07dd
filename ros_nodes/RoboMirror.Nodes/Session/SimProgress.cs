using RoboMirror.Controller.Session;
using RoboMirror.Controller.Turns;

namespace RoboMirror.Nodes.Session;

/// <summary>A snapshot of a running session for the live view.</summary>
/// <param name="SessionTime">The session clock.</param>
/// <param name="PartnerTurns">Partner gestures started so far.</param>
/// <param name="ScoredTurns">Turns whose answer window has closed.</param>
/// <param name="State">The controller's current state.</param>
/// <param name="LastGapMs">The gap of the latest scored turn with an onset, if any.</param>
/// <param name="TurnsWanted">The turns asked for, or null for a duration-bound session.</param>
internal sealed record SimProgress(TimeSpan SessionTime, int PartnerTurns, int ScoredTurns, TurnState State, double? LastGapMs, int? TurnsWanted);

/// <summary>The result of a finished session.</summary>
/// <param name="Folder">The run folder.</param>
/// <param name="Report">The scored session (computed from the recording alone).</param>
/// <param name="Notes">Things the user should know (fallbacks, nodes not started).</param>
/// <param name="WallTime">How long the whole command took on the wall clock (loading, session, run folder).</param>
/// <param name="LoopTime">How long the session loop itself took on the wall clock (what --speed paces).</param>
/// <param name="Messages">Messages recorded.</param>
internal sealed record SimOutcome(string Folder, SessionReport Report, IReadOnlyList<string> Notes, TimeSpan WallTime, TimeSpan LoopTime, long Messages);
