using RoboMirror.Models.Training.Metrics;

namespace RoboMirror.Models.Training.Tests.Metrics;

public sealed class MirrorMetricsTests
{
    [Fact]
    public void RecallAt1_NearestHasSameClass_CountsHits()
    {
        float[][] queries = [[1f, 0f], [0f, 1f], [0.7f, 0.7f]];
        float[][] candidates = [[1f, 0f], [0f, 1f]];

        var recall = MirrorMetrics.RecallAt1(queries, [1, 2, 2], candidates, [1, 2]);

        // The third query ties; the first candidate wins the tie and has class 1, a miss.
        Assert.Equal(2d / 3d, recall, 10);
    }

    [Fact]
    public void BalancedAccuracy_ImbalancedClasses_AveragesRates()
    {
        bool[] truth = [true, true, true, false];
        bool[] predicted = [true, true, true, true];

        Assert.Equal(0.5, MirrorMetrics.BalancedAccuracy(truth, predicted), 10);
    }

    [Fact]
    public void BalancedAccuracy_OneClassOnly_UsesItsRate()
    {
        Assert.Equal(0.5, MirrorMetrics.BalancedAccuracy([true, true], [true, false]), 10);
    }

    [Theory]
    [InlineData(0.5, 2.5)]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 4.0)]
    [InlineData(0.9, 3.7)]
    public void Quantile_FourValues_Interpolates(double q, double expected)
    {
        Assert.Equal(expected, MirrorMetrics.Quantile([4d, 1d, 3d, 2d], q), 10);
    }

    [Fact]
    public void MirrorIndex_UnitRisingInBothRoles_CountsTheSmallerRise()
    {
        // Unit 0 rises by 0.4 when observing gesture 1 and by 0.2 when executing it: score 0.2.
        // Unit 1 rises only when observing: score 0.
        float[][] observed = [[0f, 0f], [0.4f, 0.5f]];
        float[][] executed = [[0.1f, 0f], [0.3f, -0.1f]];

        var (index, counting) = MirrorMetrics.MirrorIndex(observed, [0, 1], executed, [0, 1]);

        Assert.Equal(0.1, index, 6);
        Assert.Equal(0.5, counting, 10);
    }
}
