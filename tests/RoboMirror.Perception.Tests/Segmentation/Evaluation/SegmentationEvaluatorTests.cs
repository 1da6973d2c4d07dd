using RoboMirror.Perception.Segmentation;
using RoboMirror.Perception.Segmentation.Evaluation;

namespace RoboMirror.Perception.Tests.Segmentation.Evaluation;

public sealed class SegmentationEvaluatorTests
{
    private static ActivitySegment S(double start, double end) => new(TimeSpan.FromSeconds(start), TimeSpan.FromSeconds(end));

    [Fact]
    public void Evaluate_LateStartEarlyEnd_SignedErrors()
    {
        var score = SegmentationEvaluator.Evaluate([S(1, 5)], [S(1.2, 4.5)]);

        Assert.Equal([200], score.OnsetErrorsMs.Select(e => Math.Round(e)));
        Assert.Equal([-500], score.OffsetErrorsMs.Select(e => Math.Round(e)));
        Assert.Equal(0, score.MissRate);
        Assert.Equal(0, score.FalseAlarmRate);
    }

    [Fact]
    public void Evaluate_LabelWithoutPredictionAndPredictionWithoutLabel_MissAndFalseAlarm()
    {
        var score = SegmentationEvaluator.Evaluate([S(1, 2), S(5, 6)], [S(1, 2), S(8, 9)]);

        Assert.Equal(1, score.Missed);
        Assert.Equal(1, score.FalseAlarms);
        Assert.Equal(0.5, score.MissRate);
        Assert.Equal(0.5, score.FalseAlarmRate);
    }

    [Fact]
    public void Evaluate_SeveralOverlaps_MatchesTheLargest()
    {
        var score = SegmentationEvaluator.Evaluate([S(0, 10)], [S(-1, 1), S(2, 9)]);

        Assert.Equal([2000], score.OnsetErrorsMs.Select(e => Math.Round(e)));
    }

    [Fact]
    public void Percentiles_OfAbsoluteErrors()
    {
        var score = new SegmentationScore(5, 5, 0, 0, [-100, 200, -300, 400, 500], [0, 0, 0, 0, 0]);

        Assert.Equal(300, score.OnsetMedianMs);
        Assert.Equal(460, score.OnsetP90Ms, 6);
        Assert.Equal(200, score.OnsetSignedMedianMs);
    }
}
