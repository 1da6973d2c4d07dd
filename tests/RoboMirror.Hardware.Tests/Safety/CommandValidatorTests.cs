using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Safety;
using RoboMirror.Hardware.Trajectories;

namespace RoboMirror.Hardware.Tests.Safety;

public sealed class CommandValidatorTests
{
    private static readonly ArmDescription Arm = ArmModels.Ur5e;
    private static readonly TimeSpan Period = Arm.ControlPeriod;
    private readonly CommandValidator _validator = new(Arm);

    [Fact]
    public void CheckTarget_SmallStepWithinLimits_Accepted()
    {
        var previous = Arm.Home.ToArray();
        var target = previous.Select(v => v + 0.001).ToArray();

        Assert.True(_validator.CheckTarget(target, previous, Period).IsAccepted);
    }

    [Fact]
    public void CheckTarget_NaN_RejectedNamingTheJoint()
    {
        var previous = Arm.Home.ToArray();
        var target = previous.ToArray();
        target[2] = double.NaN;

        var check = _validator.CheckTarget(target, previous, Period);

        Assert.Equal(RejectionReason.NotFinite, check.Reason);
        Assert.Equal(2, check.Joint);
        Assert.Contains("joint 2", check.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckTarget_OutsideRange_RejectedWithTheLimit()
    {
        var previous = Arm.Home.ToArray();
        var target = previous.ToArray();
        target[0] = 7.0;

        var check = _validator.CheckTarget(target, previous, Period);

        Assert.Equal(RejectionReason.PositionLimit, check.Reason);
        Assert.Equal(2 * Math.PI, check.Limit, 1e-12);
    }

    [Fact]
    public void CheckTarget_JumpLargerThanOneCycleAllows_RejectedAsDiscontinuous()
    {
        var previous = Arm.Home.ToArray();
        var target = previous.ToArray();
        target[1] += 0.1; // 0.1 rad in 2 ms is 50 rad/s; the limit is π rad/s.

        var check = _validator.CheckTarget(target, previous, Period);

        Assert.Equal(RejectionReason.Discontinuous, check.Reason);
        Assert.Contains("ramp the target", check.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckTarget_WrongSize_Rejected()
    {
        var check = _validator.CheckTarget(new double[5], Arm.Home.ToArray(), Period);

        Assert.Equal(RejectionReason.WrongSize, check.Reason);
    }

    [Fact]
    public void CheckTrajectory_SlowMove_Accepted()
    {
        var start = Arm.Home.ToArray();
        var trajectory = Ramp(start, joint: 0, distance: 0.5, seconds: 2.0, points: 40);

        var (check, point) = _validator.CheckTrajectory(trajectory, start);

        Assert.True(check.IsAccepted, check.ToString());
        Assert.Equal(-1, point);
    }

    [Fact]
    public void CheckTrajectory_TooFast_RejectedAtThePoint()
    {
        var start = Arm.Home.ToArray();
        var trajectory = Ramp(start, joint: 0, distance: 2.0, seconds: 0.2, points: 4);

        var (check, point) = _validator.CheckTrajectory(trajectory, start);

        Assert.Contains(check.Reason, new[] { RejectionReason.VelocityLimit, RejectionReason.AccelerationLimit });
        Assert.True(point >= 0);
    }

    [Fact]
    public void CheckTrajectory_GivenVelocityAboveLimit_Rejected()
    {
        var start = Arm.Home.ToArray();
        var velocities = new double[6];
        velocities[3] = 10;
        var trajectory = new JointTrajectory(Arm.JointNames(), [new JointTrajectoryPoint(start, TimeSpan.FromSeconds(1), velocities)]);

        var (check, _) = _validator.CheckTrajectory(trajectory, start);

        Assert.Equal(RejectionReason.VelocityLimit, check.Reason);
        Assert.Equal(3, check.Joint);
    }

    [Fact]
    public void CheckTrajectory_OtherJointNames_Rejected()
    {
        var start = Arm.Home.ToArray();
        var names = Arm.JointNames().Select(n => "other_" + n).ToArray();
        var trajectory = new JointTrajectory(names, [new JointTrajectoryPoint(start, TimeSpan.FromSeconds(1))]);

        Assert.Equal(RejectionReason.JointNames, _validator.CheckTrajectory(trajectory, start).Check.Reason);
    }

    [Fact]
    public void EnsureTrajectory_FirstPointAwayFromArmAtTimeZero_ThrowsDiscontinuous()
    {
        var start = Arm.Home.ToArray();
        var away = start.Select(v => v + 0.2).ToArray();
        var trajectory = new JointTrajectory(Arm.JointNames(), [new JointTrajectoryPoint(away, TimeSpan.Zero)]);

        var error = Assert.Throws<CommandRejectedException>(() => _validator.EnsureTrajectory(trajectory, start));

        Assert.Equal(RejectionReason.Discontinuous, error.Check.Reason);
        Assert.Contains("point 0", error.Message, StringComparison.Ordinal);
    }

    internal static JointTrajectory Ramp(double[] start, int joint, double distance, double seconds, int points)
    {
        var list = new List<JointTrajectoryPoint>();
        for (var i = 1; i <= points; i++)
        {
            var s = (double)i / points;
            var smooth = s * s * (3 - 2 * s);
            var q = start.ToArray();
            q[joint] += distance * smooth;
            list.Add(new JointTrajectoryPoint(q, TimeSpan.FromSeconds(seconds * s)));
        }

        return new JointTrajectory(Arm.JointNames(), list);
    }
}
