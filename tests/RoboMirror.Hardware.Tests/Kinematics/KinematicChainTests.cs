using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Kinematics;

namespace RoboMirror.Hardware.Tests.Kinematics;

public sealed class KinematicChainTests
{
    private const double Millimetre = 1e-3;

    [Fact]
    public void FlangePose_Ur5eAtZero_MatchesPublishedDhGeometry()
    {
        // UR5e at all-zero joints: x = a2 + a3, y = -(d4 + d6), z = d1 - d5 (UR's published DH table).
        var pose = ArmModels.Ur5e.Kinematics.FlangePose(new double[6]);

        Assert.Equal(-0.8172, pose.X, Millimetre);
        Assert.Equal(-0.2329, pose.Y, Millimetre);
        Assert.Equal(0.0628, pose.Z, Millimetre);
    }

    [Fact]
    public void FlangePose_Ur5eStraightUp_ReachesFullHeight()
    {
        // Shoulder and wrist 1 at -90°: the arm points straight up, z = d1 + |a2| + |a3| + d5 = 1.0794 m.
        var pose = ArmModels.Ur5e.Kinematics.FlangePose([0, -Math.PI / 2, 0, -Math.PI / 2, 0, 0]);

        Assert.Equal(0.0, pose.X, Millimetre);
        Assert.Equal(-0.2329, pose.Y, Millimetre);
        Assert.Equal(1.0794, pose.Z, Millimetre);
    }

    [Fact]
    public void FlangePose_Fr3AtZero_MatchesPublishedValue()
    {
        // Franka: at q = 0 the flange is at (a4 + a5 + a7, 0, d1 + d3 + d5 - d_flange) = (0.088, 0, 0.926), pointing down.
        var pose = ArmModels.FrankaFr3.Kinematics.FlangePose(new double[7]);

        Assert.Equal(0.088, pose.X, Millimetre);
        Assert.Equal(0.0, pose.Y, Millimetre);
        Assert.Equal(0.926, pose.Z, Millimetre);
        Assert.Equal(-1.0, pose.AxisZ.Z, 1e-9);
    }

    [Fact]
    public void FlangePose_Fr3ReadyPose_MatchesFrankaReadyPose()
    {
        // Franka's "ready" pose; libfranka reports O_T_EE = (0.3069, 0, 0.4869) with the hand (0.1034 m past the flange).
        var pose = ArmModels.FrankaFr3.Kinematics.FlangePose([0, -Math.PI / 4, 0, -3 * Math.PI / 4, 0, Math.PI / 2, Math.PI / 4]);

        Assert.Equal(0.3069, pose.X, Millimetre);
        Assert.Equal(0.0, pose.Y, Millimetre);
        Assert.Equal(0.4869 + 0.1034, pose.Z, Millimetre);
    }

    [Fact]
    public void ForwardKinematics_Fr3AtZero_PlacesEveryLinkFrame()
    {
        var chain = ArmModels.FrankaFr3.Kinematics;
        var frames = new Pose[chain.FrameCount];

        chain.ForwardKinematics(new double[7], frames);

        Assert.Equal(9, frames.Length);
        Assert.Equal(Pose.Identity, frames[0]);
        Assert.Equal(0.333, frames[1].Z, 1e-9);
        Assert.Equal(0.649, frames[3].Z, 1e-9);
        Assert.Equal(0.0825, frames[4].X, 1e-9);
        Assert.Equal(1.033, frames[5].Z, 1e-9);
        Assert.Equal(0.088, frames[7].X, 1e-9);
        Assert.Equal(frames[7].Z - 0.107, frames[8].Z, 1e-9);
    }

    [Fact]
    public void ForwardKinematics_Ur5eAnyPose_KeepsLinkLengths()
    {
        var chain = ArmModels.Ur5e.Kinematics;
        var random = new Random(11);
        var frames = new Pose[chain.FrameCount];
        for (var trial = 0; trial < 20; trial++)
        {
            var q = Enumerable.Range(0, 6).Select(_ => random.NextDouble() * 2 * Math.PI - Math.PI).ToArray();
            chain.ForwardKinematics(q, frames);

            Assert.Equal(0.425, frames[2].DistanceTo(frames[1]), 1e-9);
            Assert.Equal(0.3922, frames[3].DistanceTo(frames[2]), 1e-9);
        }
    }

    [Fact]
    public void ForwardKinematics_WrongSizes_ThrowsNamingBoth()
    {
        var chain = ArmModels.Ur5e.Kinematics;

        var error = Assert.Throws<ArgumentException>(() => chain.ForwardKinematics(new double[5], new Pose[8]));

        Assert.Contains("6 joint positions", error.Message, StringComparison.Ordinal);
        Assert.Contains("got 5", error.Message, StringComparison.Ordinal);
    }
}
