using RoboMirror.Controller.Evaluation;
using RoboMirror.Controller.Session;
using RoboMirror.Controller.Simulation;
using RoboMirror.Controller.Turns;

namespace RoboMirror.Nodes.Tests.Sim;

public sealed class SessionScoringTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static PartnerTurnRecord Turn(int i, double start, double end) => new(i, "waving", "synthetic", S(start), S(end), false, false);

    private static TurnEvent Onset(double t) => new(S(t), TurnEventKind.RobotMotionStarted, TurnState.RobotTurn, TurnState.RobotTurn, "joint speed", S(t));

    private static TurnEvent Event(double t, TurnEventKind kind) => new(S(t), kind, TurnState.RobotTurn, TurnState.Idle, string.Empty);

    [Fact(Timeout = 10_000)]
    public async Task Score_OnsetsAfterBeforeAndMissing_AttributesThemToTheirTurns()
    {
        await Task.Yield();
        var turns = new[] { Turn(0, 1, 3), Turn(1, 6, 8), Turn(2, 12, 14), Turn(3, 19, 20) };
        var events = new[]
        {
            Onset(3.25), Event(5, TurnEventKind.RobotFinished),
            Onset(7.5), Event(7.8, TurnEventKind.PartnerResumed), Event(8.1, TurnEventKind.YieldCompleted),
            Onset(16.5), Event(18, TurnEventKind.RobotFinished),
        };
        var log = new SessionLog(new SessionInfo("oracle", 3, "synthetic", S(0), S(21)), turns, events);

        var report = SessionScoring.Score(log);

        Assert.Equal(3, report.Turns.Count); // turn 3 ends at 20 s: its answer window is still open at 21 s
        Assert.Equal(TurnOutcomeKind.Answered, report.Turns[0].Outcome.Kind);
        Assert.Equal(250, report.Turns[0].Outcome.GapMs!.Value, 6);
        Assert.Equal(TurnOutcomeKind.FalseStart, report.Turns[1].Outcome.Kind);
        Assert.Equal(-500, report.Turns[1].Outcome.GapMs!.Value, 6);
        Assert.Equal(TurnOutcomeKind.Missed, report.Turns[2].Outcome.Kind); // 2.5 s after the end
        Assert.Equal((1, 1, 1, 1), (report.Answered, report.FalseStarts, report.Missed, report.Yields));
        Assert.Equal(-125, report.Summary.GapMsMedian!.Value, 6);
        Assert.Equal([new ActivityInterval(S(3.25), S(5)), new ActivityInterval(S(7.5), S(8.1)), new ActivityInterval(S(16.5), S(18))], report.RobotActivity);
        Assert.NotNull(report.Fluency);
    }

    [Fact(Timeout = 10_000)]
    public async Task IsScorable_AnswerWindowClosedOrNot_FollowsTheTwoSecondWindow()
    {
        await Task.Yield();
        var turn = Turn(0, 1, 3);

        Assert.False(SessionScoring.IsScorable(turn, S(4.999)));
        Assert.True(SessionScoring.IsScorable(turn, S(5)));
    }
}
