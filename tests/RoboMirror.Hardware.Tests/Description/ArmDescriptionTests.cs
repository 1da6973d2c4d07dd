using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Kinematics;

namespace RoboMirror.Hardware.Tests.Description;

public sealed class ArmDescriptionTests
{
    [Fact]
    public void ArmModels_Ur5eAndFr3_HaveRatesJointsAndHomesWithinLimits()
    {
        Assert.Equal(6, ArmModels.Ur5e.JointCount);
        Assert.Equal(TimeSpan.FromMilliseconds(2), ArmModels.Ur5e.ControlPeriod);
        Assert.Equal(7, ArmModels.FrankaFr3.JointCount);
        Assert.Equal(1000, ArmModels.FrankaFr3.ControlRateHz);
        Assert.Equal("shoulder_pan_joint", ArmModels.Ur5e.Joints[0].Name);
        Assert.Equal(Math.PI, ArmModels.Ur5e.Limits(0).MaxVelocity, 1e-12);
        Assert.Equal(-0.1518, ArmModels.FrankaFr3.Limits(3).MaxPosition);
    }

    [Fact]
    public void Constructor_Inconsistent_ListsEveryProblem()
    {
        var chain = new KinematicChain(DhConvention.Standard, [new DhLink(0, 0, 0.1), new DhLink(0.2, 0, 0)], Pose.Identity);
        JointDescription[] joints =
        [
            new("a", new JointLimits(-1, 1, 1, 1)),
            new("a", new JointLimits(1, -1, 1, 1)),
            new("c", new JointLimits(-1, 1, 0, 1)),
        ];

        var error = Assert.Throws<ArgumentException>(() => new ArmDescription("bad", joints, -5, chain, [0, 0]));

        Assert.Contains("The arm description 'bad' is invalid", error.Message, StringComparison.Ordinal);
        Assert.Contains("kinematic chain has 2 joints but 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("home pose has 2 values", error.Message, StringComparison.Ordinal);
        Assert.Contains("control rate -5 Hz", error.Message, StringComparison.Ordinal);
        Assert.Contains("joint 'c': max velocity 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("joint names must be unique", error.Message, StringComparison.Ordinal);
    }
}
