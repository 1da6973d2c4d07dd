using System.Numerics;
using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Retargeting;
using RoboMirror.Hardware.Safety;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Hardware.Tests.Retargeting;

public sealed class ArmRetargeterTests
{
    public static TheoryData<string> Models => new() { "ur5e", "fr3" };

    [Theory]
    [MemberData(nameof(Models))]
    public void Retarget_Wave_KeepsTheWavesRhythmWithinLimits(string model)
    {
        var arm = ArmModels.ByName[model];
        var frames = SyntheticSkeletons.Wave(seconds: 6, hertz: 1.0);

        var motion = TrajectoryRetargeting.Retarget(arm, frames, ArmSide.Right);

        var (check, point) = new CommandValidator(arm).CheckTrajectory(motion.Trajectory, arm.Home.ToArray());
        Assert.True(check.IsAccepted, $"point {point}: {check}");
        Assert.Equal(TimeSpan.FromSeconds(6), motion.Trajectory.Duration);

        // After settling (2 s), the flange swings sideways once per second: 8 crossings of its mean in 4 s.
        var path = TrajectoryRetargeting.FlangePath(arm, motion.Trajectory).Skip(60).ToList();
        var lateral = path.Select(p => model == "ur5e" ? -p.Y : p.Y).ToList();
        var mean = lateral.Average();
        var crossings = lateral.Zip(lateral.Skip(1)).Count(pair => (pair.First - mean) * (pair.Second - mean) < 0);
        Assert.InRange(crossings, 7, 9);
        Assert.True(lateral.Max() - lateral.Min() > 0.1, $"swing {lateral.Max() - lateral.Min():F3} m");
    }

    [Fact]
    public void Update_HandRaised_FlangeGoesUpAndForward()
    {
        var arm = ArmModels.FrankaFr3;
        var retargeter = new ArmRetargeter(arm, ArmSide.Right);
        var targets = new double[7];
        for (var i = 0; i < 120; i++)
        {
            retargeter.Update(SyntheticSkeletons.Frame(TimeSpan.FromSeconds(i / 30.0), SyntheticSkeletons.RightShoulder + new Vector3(1.2f, 0, 0.9f)), targets);
        }

        var flange = arm.Kinematics.FlangePose(targets);
        var expected = retargeter.MapToRobot(new Vector3(1.2f, 0, 0.9f));

        Assert.True(Math.Abs(flange.X - expected.X) < 0.01 && Math.Abs(flange.Z - expected.Z) < 0.01, $"flange {flange}, target {expected}");
    }

    [Fact]
    public void Update_ArmNotTracked_HoldsThePreviousTarget()
    {
        var arm = ArmModels.Ur5e;
        var retargeter = new ArmRetargeter(arm, ArmSide.Right);
        var targets = new double[6];
        var hand = SyntheticSkeletons.RightShoulder + new Vector3(0.6f, -0.2f, 0.5f);
        for (var i = 0; i < 150; i++)
        {
            retargeter.Update(SyntheticSkeletons.Frame(TimeSpan.FromSeconds(i / 30.0), hand), targets);
        }

        var before = targets.ToArray();
        var result = retargeter.Update(SyntheticSkeletons.Frame(TimeSpan.FromSeconds(5), hand, rightTracked: false), targets);

        Assert.False(result.Tracked);
        Assert.Equal(before, targets, (a, b) => Math.Abs(a - b) < 1e-3);
    }

    [Fact]
    public void Update_HandFarOutOfReach_ClampsIntoTheWorkspace()
    {
        var arm = ArmModels.Ur5e;
        var retargeter = new ArmRetargeter(arm, ArmSide.Right);
        var targets = new double[6];

        var result = retargeter.Update(SyntheticSkeletons.Frame(TimeSpan.Zero, SyntheticSkeletons.RightShoulder + new Vector3(2.2f, 0, 0)), targets);

        Assert.True(result.Clamped);
    }

    [Fact]
    public void Update_HandJumpsFasterThanAHandCan_IgnoredAsOutlier()
    {
        var arm = ArmModels.Ur5e;
        var retargeter = new ArmRetargeter(arm, ArmSide.Right);
        var targets = new double[6];
        var hand = SyntheticSkeletons.RightShoulder + new Vector3(0.6f, -0.2f, 0.5f);
        retargeter.Update(SyntheticSkeletons.Frame(TimeSpan.Zero, hand), targets);

        var jump = retargeter.Update(SyntheticSkeletons.Frame(TimeSpan.FromSeconds(1 / 30.0), hand + new Vector3(0, 2, 0)), targets);
        var tooFar = retargeter.Update(SyntheticSkeletons.Frame(TimeSpan.FromSeconds(2 / 30.0), SyntheticSkeletons.RightShoulder + new Vector3(3, 0, 0)), targets);
        var back = retargeter.Update(SyntheticSkeletons.Frame(TimeSpan.FromSeconds(3 / 30.0), hand), targets);

        Assert.True(jump.Outlier);
        Assert.True(tooFar.Outlier);
        Assert.False(back.Outlier);
        Assert.True(back.Tracked);
    }

    [Fact]
    public void ChooseSide_OnlyLeftTracked_PicksLeft()
    {
        var frames = Enumerable.Range(0, 30).Select(i =>
        {
            var s = SyntheticSkeletons.Frame(TimeSpan.FromSeconds(i / 30.0), Vector3.Zero, rightTracked: false);
            s.Clear(CanonicalJoint.RightHand);
            return s;
        }).ToList();

        Assert.Equal(ArmSide.Left, TrajectoryRetargeting.ChooseSide(frames));
    }

    [Fact]
    public void Options_Invalid_ListsEveryProblem()
    {
        var error = Assert.Throws<ArgumentException>(() => new RetargetingOptions { Reach = 0, MinRadius = 2, MaxRadius = 1 }.Validate());

        Assert.Contains("Reach (0)", error.Message, StringComparison.Ordinal);
        Assert.Contains("MinRadius (2)", error.Message, StringComparison.Ordinal);
    }
}
