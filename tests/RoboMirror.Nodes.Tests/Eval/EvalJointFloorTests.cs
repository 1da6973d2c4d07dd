using RoboMirror.Nodes.Session;

namespace RoboMirror.Nodes.Tests.Eval;

public sealed class EvalJointFloorTests
{
    [Fact]
    public void From_FourLags_FindsTheConstantLagWithTheSmallestMedianError()
    {
        // |c - lag| for c = 50: 50, 50, 150, 950: median 100; no lag on the 10 ms grid does better, and 50 is the first that does as well.
        var floor = EvalJointFloor.From("d", [0, 100, 200, 1000]);

        Assert.Equal(50, floor.BestLagMs, 6);
        Assert.Equal(100, floor.AbsErrorMsMedianAtBestLag, 6);
        Assert.Equal(150, floor.LagMsMedian, 6);
        Assert.Equal(4, floor.Interactions);
        Assert.Equal(0, floor.FollowerFirst);
    }

    [Fact]
    public void From_FollowerBeforeLeader_IsCountedAndTheFloorIsHalfTheSpread()
    {
        var floor = EvalJointFloor.From("d", [-300, 200]);

        Assert.Equal(1, floor.FollowerFirst);
        Assert.Equal(250, floor.AbsErrorMsMedianAtBestLag, 6);
    }

    [Fact]
    public void From_NoLags_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => EvalJointFloor.From("d", []));
    }
}
