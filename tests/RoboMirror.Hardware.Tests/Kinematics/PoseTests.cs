using RoboMirror.Hardware.Kinematics;

namespace RoboMirror.Hardware.Tests.Kinematics;

public sealed class PoseTests
{
    private static Pose RotZ(double angle)
    {
        var (s, c) = Math.SinCos(angle);
        return new Pose(c, -s, 0, s, c, 0, 0, 0, 1, 0, 0, 0);
    }

    [Fact]
    public void RotationErrorTo_QuarterTurnAboutZ_IsThatRotationVector()
    {
        var (x, y, z) = Pose.Identity.RotationErrorTo(RotZ(Math.PI / 2));

        Assert.Equal(0, x, 1e-12);
        Assert.Equal(0, y, 1e-12);
        Assert.Equal(Math.PI / 2, z, 1e-12);
    }

    [Fact]
    public void RotationErrorTo_HalfTurnAboutX_HasLengthPi()
    {
        var halfTurn = new Pose(1, 0, 0, 0, -1, 0, 0, 0, -1, 0, 0, 0);

        var (x, y, z) = Pose.Identity.RotationErrorTo(halfTurn);

        Assert.Equal(Math.PI, Math.Abs(x), 1e-9);
        Assert.Equal(0, y, 1e-9);
        Assert.Equal(0, z, 1e-9);
    }

    [Fact]
    public void Multiply_RotationThenTranslation_ComposesLikeMatrices()
    {
        var composed = RotZ(Math.PI / 2) * Pose.FromTranslation(1, 0, 0);

        Assert.Equal(0, composed.X, 1e-12);
        Assert.Equal(1, composed.Y, 1e-12);
        Assert.Equal(1, composed.DistanceTo(Pose.Identity), 1e-12);
    }
}
