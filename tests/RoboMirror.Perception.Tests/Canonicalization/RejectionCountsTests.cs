using RoboMirror.Perception.Canonicalization;

namespace RoboMirror.Perception.Tests.Canonicalization;

public sealed class RejectionCountsTests
{
    [Fact]
    public void NonZero_ListsOnlyCountedReasonsBySnakeCaseName()
    {
        var counts = new RejectionCounts();
        counts.Reject(FrameRejection.NonFinite);
        counts.Reject(FrameRejection.NonFinite);
        counts.Reject(FrameRejection.None);
        counts.CountDropped(3);

        Assert.Equal([new("non_finite", 2L), new("dropped_frames", 3L)], counts.NonZero());
        Assert.Equal(2, counts.TotalRejected);
    }

    [Fact]
    public void EveryReason_HasAName()
    {
        Assert.All(Enum.GetValues<FrameRejection>(), r => Assert.False(string.IsNullOrEmpty(RejectionNames.Of(r))));
    }

    [Fact]
    public void Limits_Invalid_OneMessageNamesEveryProblem()
    {
        var error = Assert.Throws<ArgumentException>(() => new PlausibilityLimits { MinConfidence = 2f, MinShoulderWidthMetres = 2f }.Validate());

        Assert.Contains("MinConfidence = 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("MinShoulderWidthMetres = 2", error.Message, StringComparison.Ordinal);
    }
}
