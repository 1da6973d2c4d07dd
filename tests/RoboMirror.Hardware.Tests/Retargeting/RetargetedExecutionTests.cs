using Microsoft.Extensions.Time.Testing;
using RoboMirror.Hardware.Arms;
using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Retargeting;
using RoboMirror.Hardware.Simulation;

namespace RoboMirror.Hardware.Tests.Retargeting;

/// <summary>A retargeted gesture is something the arm actually does: the simulated arm accepts and follows it.</summary>
public sealed class RetargetedExecutionTests
{
    [Theory]
    [InlineData("ur5e")]
    [InlineData("fr3")]
    public async Task ExecuteTrajectory_RetargetedWave_SimulatedArmWavesBack(string model)
    {
        var arm = ArmModels.ByName[model];
        var motion = TrajectoryRetargeting.Retarget(arm, SyntheticSkeletons.Wave(seconds: 4, hertz: 1.0), ArmSide.Right);
        await using var simulated = new SimulatedArm(arm, new FakeTimeProvider(), new SimulatedArmOptions { Clocking = SimulationClocking.Stepped });
        await simulated.ConfigureAsync(CancellationToken.None);
        await simulated.ActivateAsync(CancellationToken.None);
        var onset = new MotionOnsetDetector();
        var state = new JointState(arm.JointCount);
        var expected = new double[arm.JointCount];
        var worst = 0.0;

        simulated.ExecuteTrajectory(motion.Trajectory);
        var cycles = (int)(motion.Trajectory.Duration / arm.ControlPeriod);
        for (var cycle = 1; cycle <= cycles; cycle++)
        {
            simulated.Step();
            simulated.ReadState(state);
            onset.Update(state);
            motion.Trajectory.Sample(cycle * arm.ControlPeriod, arm.Home.ToArray(), expected);
            for (var j = 0; j < expected.Length; j++)
            {
                worst = Math.Max(worst, Math.Abs(expected[j] - state.Positions[j]));
            }
        }

        Assert.NotNull(onset.Onset);
        Assert.True(onset.Onset < TimeSpan.FromMilliseconds(200), $"moved only at {onset.Onset}");
        Assert.True(worst < 0.1, $"the arm strayed {worst:F3} rad from the retargeted trajectory");
        Assert.Equal(MotionMode.Holding, state.Mode);
    }
}
