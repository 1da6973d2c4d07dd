using RoboMirror.Controller.Evaluation;
using RoboMirror.Controller.Session;
using RoboMirror.Controller.Simulation;
using RoboMirror.Controller.Turns;

namespace RoboMirror.Controller.Tests.Session;

/// <summary>
/// Which robot onset <see cref="SessionScoring"/> attributes to which partner turn: the session's first turn looks from
/// the session's start, every later turn from its own labelled start; each up to the next turn's labelled start.
/// </summary>
public sealed class SessionScoringOnsetWindowTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));

    private static PartnerTurnRecord Turn(int index, double start, double end) => new(index, "waving", "synthetic", S(start), S(end), false, false);

    // The event's Time is when the controller logged it; EventTime is the arm state's timestamp, which scoring uses.
    private static TurnEvent Onset(double t) => new(S(t) + TimeSpan.FromMilliseconds(10), TurnEventKind.RobotMotionStarted, TurnState.RobotTurn, TurnState.RobotTurn, "joint speed", S(t));

    private static SessionReport Score(double sessionStart, double sessionEnd, PartnerTurnRecord[] turns, params TurnEvent[] events) =>
        SessionScoring.Score(new SessionLog(new SessionInfo("mirror-joint", 1, "recordings", S(sessionStart), S(sessionEnd)), turns, events));

    [Fact]
    public void FirstTurn_OnsetBeforeItsLabelledStart_IsCountedAsAFalseStartWithANegativeGap()
    {
        var report = Score(0, 20, [Turn(0, 1, 3)], Onset(0.6));

        var turn = Assert.Single(report.Turns);
        Assert.Equal(S(0.6), turn.RobotOnset);
        Assert.Equal(TurnOutcomeKind.FalseStart, turn.Outcome.Kind);
        Assert.Equal(-2400, turn.Outcome.GapMs!.Value, 6);
        Assert.Equal((0, 1, 0), (report.Answered, report.FalseStarts, report.Missed));
    }

    [Fact]
    public void FirstTurn_OnsetBeforeTheSessionStart_IsNotCounted()
    {
        var report = Score(10, 30, [Turn(0, 11, 13)], Onset(9.5));

        var turn = Assert.Single(report.Turns);
        Assert.Null(turn.RobotOnset);
        Assert.Equal(TurnOutcomeKind.Missed, turn.Outcome.Kind);
    }

    [Fact]
    public void LaterTurn_OnsetBeforeItsLabelledStart_IsNotAttributedToIt()
    {
        // Turn 0 (1-3 s) took the onset at 0.6 s; the onset at 5.5 s precedes turn 1's labelled start (6 s): it falls in
        // turn 0's window (after turn 0's own onset, so unused) and outside turn 1's, which is missed.
        var report = Score(0, 20, [Turn(0, 1, 3), Turn(1, 6, 8)], Onset(0.6), Onset(5.5));

        Assert.Equal([S(0.6), null], report.Turns.Select(t => t.RobotOnset));
        Assert.Equal([TurnOutcomeKind.FalseStart, TurnOutcomeKind.Missed], report.Turns.Select(t => t.Outcome.Kind));
        Assert.Null(report.Turns[1].Outcome.GapMs);
    }

    [Fact]
    public void LaterTurn_OnsetBeforeItsLabelledStart_GoesToThePreviousTurnWhenThatHasNoneYet()
    {
        // No onset in turn 0 (1-3 s) until 5.5 s, before turn 1's start (6 s): it is turn 0's onset, 2.5 s after its end,
        // beyond the 2 s answer window, so turn 0 is missed; turn 1 gets no onset either.
        var report = Score(0, 20, [Turn(0, 1, 3), Turn(1, 6, 8)], Onset(5.5));

        Assert.Equal([S(5.5), null], report.Turns.Select(t => t.RobotOnset));
        Assert.Equal([TurnOutcomeKind.Missed, TurnOutcomeKind.Missed], report.Turns.Select(t => t.Outcome.Kind));
        Assert.Equal((0, 0, 2), (report.Answered, report.FalseStarts, report.Missed));
    }

    [Fact]
    public void LaterTurn_OnsetFromItsLabelledStartOn_IsItsOwn()
    {
        var report = Score(0, 20, [Turn(0, 1, 3), Turn(1, 6, 8)], Onset(3.2), Onset(6), Onset(6.4));

        Assert.Equal([S(3.2), S(6)], report.Turns.Select(t => t.RobotOnset));
        Assert.Equal(200, report.Turns[0].Outcome.GapMs!.Value, 6);
        Assert.Equal(TurnOutcomeKind.FalseStart, report.Turns[1].Outcome.Kind);
        Assert.Equal(-2000, report.Turns[1].Outcome.GapMs!.Value, 6);
    }

    [Fact]
    public void FirstTurn_WindowEndsAtTheNextTurnsLabelledStart()
    {
        // An onset at 6 s (turn 1's start) is turn 1's, not turn 0's.
        var report = Score(0, 20, [Turn(0, 1, 3), Turn(1, 6, 8)], Onset(6));

        Assert.Equal([null, S(6)], report.Turns.Select(t => t.RobotOnset));
    }
}
