using RoboMirror.Models.Contract;

namespace RoboMirror.Models.Tests.Contract;

public sealed class ActivityBinsTests
{
    [Fact]
    public void Edges_AreTheVapBins()
    {
        Assert.Equal([0f, 0.2f, 0.6f, 1.2f, 2.0f], ActivityBins.Edges);
        Assert.Equal("0,0.2,0.6,1.2,2", ActivityBins.EdgesText());
    }

    [Theory]
    [InlineData(1f, 1f, 1f, 1f, 2.0f)]
    [InlineData(1f, 0f, 0f, 0f, 0.2f)]
    [InlineData(1f, 0.5f, 0f, 0f, 0.4f)]
    [InlineData(0f, 0f, 0f, 0f, 0f)]
    public void ExpectedTimeToEnd_Probabilities_IsSumOfWeightedWidths(float p0, float p1, float p2, float p3, float expected)
    {
        Assert.Equal(expected, ActivityBins.ExpectedTimeToEnd([p0, p1, p2, p3]), 5);
    }

    [Fact]
    public void ExpectedTimeToEnd_WrongCount_Throws()
    {
        Assert.Throws<ArgumentException>(() => ActivityBins.ExpectedTimeToEnd([1f, 1f]));
    }
}
