using RoboMirror.Controller.Evaluation;

namespace RoboMirror.Controller.Tests.Evaluation;

public sealed class TurnScoringTests
{
    private static TimeSpan Ms(double ms) => TimeSpan.FromMilliseconds(ms);

    [Fact]
    public void Score_OnsetAfterTheEnd_IsAnsweredWithItsGap()
    {
        var outcome = TurnScoring.Score(Ms(2000), Ms(2210), Ms(2100));

        Assert.Equal(TurnOutcomeKind.Answered, outcome.Kind);
        Assert.Equal(210, outcome.GapMs);
        Assert.Equal(110, outcome.OnsetErrorVsHumanMs);
    }

    [Fact]
    public void Score_OnsetBeforeTheEnd_IsAFalseStart()
    {
        var outcome = TurnScoring.Score(Ms(2000), Ms(1900), null);

        Assert.Equal(TurnOutcomeKind.FalseStart, outcome.Kind);
        Assert.Equal(-100, outcome.GapMs);
        Assert.Null(outcome.OnsetErrorVsHumanMs);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(4001.0)]
    public void Score_NoOnsetWithinTwoSeconds_IsMissed(double? onsetMs)
    {
        var outcome = TurnScoring.Score(Ms(2000), onsetMs is null ? null : Ms(onsetMs.Value), null);

        Assert.Equal(TurnOutcomeKind.Missed, outcome.Kind);
        Assert.Null(outcome.GapMs);
    }

    [Fact]
    public void Summary_ComputesMedianP90AndRates()
    {
        TurnOutcome[] outcomes =
        [
            new(TurnOutcomeKind.Answered, 100, 50),
            new(TurnOutcomeKind.Answered, 200, -50),
            new(TurnOutcomeKind.Answered, 300, 150),
            new(TurnOutcomeKind.FalseStart, -100, null),
            new(TurnOutcomeKind.Missed, null, null),
        ];

        var summary = PolicySummary.From("mirror", outcomes);

        Assert.Equal(5, summary.Turns);
        Assert.Equal(150, summary.GapMsMedian);
        Assert.Equal(270, summary.GapMsP90!.Value, precision: 6);
        Assert.Equal(0.2, summary.FalseStartRate);
        Assert.Equal(0.2, summary.MissedRate);
        Assert.Equal(50, summary.OnsetErrorVsHumanMsMedian);
        Assert.Equal(50, summary.AbsOnsetErrorVsHumanMsMedian);
    }

    [Fact]
    public void Quantile_OfNothing_IsNull()
    {
        Assert.Null(Statistics.Quantile([], 0.5));
    }

    [Fact]
    public void Fluency_AlternatingTurns_MeasuresIdleConcurrencyAndDelay()
    {
        static TimeSpan s(double seconds) => TimeSpan.FromSeconds(seconds);
        ActivityInterval[] human = [new(s(0), s(2)), new(s(5), s(7))];
        ActivityInterval[] robot = [new(s(2.5), s(4.5)), new(s(6.5), s(9))];

        var f = FluencyMeasures.Compute(s(0), s(10), human, robot);

        Assert.Equal(0.6, f.HumanIdle, precision: 9);
        Assert.Equal(0.55, f.RobotIdle, precision: 9);
        Assert.Equal(0.05, f.ConcurrentActivity, precision: 9);
        // hand-overs: human 2→robot 2.5 (500 ms), robot 4.5→human 5 (500 ms); human 7 has no later robot start.
        Assert.Equal(500, f.FunctionalDelayMs!.Value, precision: 6);
    }
}
