using Microsoft.Extensions.Time.Testing;
using RoboMirror.Hardware.Arms;
using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Safety;
using RoboMirror.Hardware.Simulation;
using RoboMirror.Hardware.Tests.Safety;

namespace RoboMirror.Hardware.Tests.Simulation;

public sealed class SimulatedArmTests
{
    private static readonly ArmDescription Arm = ArmModels.Ur5e;

    private static async Task<SimulatedArm> ActiveArm(SimulatedArmOptions? options = null)
    {
        var arm = new SimulatedArm(Arm, new FakeTimeProvider(), (options ?? new SimulatedArmOptions()) with { Clocking = SimulationClocking.Stepped });
        await arm.ConfigureAsync(CancellationToken.None);
        await arm.ActivateAsync(CancellationToken.None);
        return arm;
    }

    [Fact]
    public async Task StreamTarget_Ramp_ArmFollowsWithTimestampsOnItsClock()
    {
        await using var arm = await ActiveArm();
        var state = new JointState(6);
        var target = Arm.Home.ToArray();
        for (var cycle = 0; cycle < 500; cycle++)
        {
            target[0] += 0.001;
            Assert.True(arm.StreamTarget(target).IsAccepted);
            arm.Step();
        }

        arm.Step(100);
        arm.ReadState(state);

        Assert.Equal(TimeSpan.FromSeconds(1.2), state.Timestamp);
        Assert.Equal(0.5, state.Positions[0], 1e-3);
        Assert.Equal(MotionMode.Holding, state.Mode);
        Assert.Equal(FaultCode.WatchdogExpired, arm.LastFault?.Code);
    }

    [Fact]
    public async Task StreamTarget_WithLatency_JointsStartMovingOnlyAfterIt()
    {
        await using var arm = await ActiveArm(new SimulatedArmOptions { CommandLatency = TimeSpan.FromMilliseconds(10) });
        var state = new JointState(6);
        var onset = new MotionOnsetDetector(0.01);
        var target = Arm.Home.ToArray();
        for (var cycle = 0; cycle < 50 && onset.Onset is null; cycle++)
        {
            target[1] += 0.005;
            arm.StreamTarget(target);
            arm.Step();
            arm.ReadState(state);
            onset.Update(state);
        }

        Assert.NotNull(onset.Onset);
        Assert.True(onset.Onset >= TimeSpan.FromMilliseconds(10), $"moved at {onset.Onset}");
    }

    [Fact]
    public async Task Watchdog_NoFreshTarget_ArmHoldsAndReportsIt()
    {
        await using var arm = await ActiveArm(new SimulatedArmOptions { WatchdogPeriod = TimeSpan.FromMilliseconds(50) });
        var faults = new List<ArmFault>();
        arm.FaultReported += (_, fault) => faults.Add(fault);
        var target = Arm.Home.ToArray();
        for (var cycle = 0; cycle < 200; cycle++)
        {
            target[0] += 0.001;
            arm.StreamTarget(target);
            arm.Step();
        }

        arm.Step(200);
        var state = new JointState(6);
        arm.ReadState(state);

        var fault = Assert.Single(faults);
        Assert.Equal(FaultCode.WatchdogExpired, fault.Code);
        Assert.Equal(MotionMode.Holding, state.Mode);
        Assert.All(state.Velocities, v => Assert.Equal(0, v));
        Assert.Equal(ArmLifecycleState.Active, arm.State);
        Assert.InRange(fault.Time, TimeSpan.FromMilliseconds(448), TimeSpan.FromMilliseconds(452));
        Assert.Equal(target[0], state.Positions[0], 0.02);
    }

    [Fact]
    public async Task StopControlled_WhileMoving_DeceleratesWithinLimitsAndStaysActive()
    {
        await using var arm = await ActiveArm(new SimulatedArmOptions { ActuationTimeConstant = TimeSpan.Zero, CommandLatency = TimeSpan.Zero });
        var target = Arm.Home.ToArray();
        for (var cycle = 0; cycle < 300; cycle++)
        {
            target[0] += 0.006;
            arm.StreamTarget(target);
            arm.Step();
        }

        var state = new JointState(6);
        arm.ReadState(state);
        var previousSpeed = Math.Abs(state.Velocities[0]);
        Assert.True(previousSpeed > 2.5);

        arm.Stop(StopMode.Controlled);
        for (var cycle = 0; cycle < 400; cycle++)
        {
            arm.Step();
            arm.ReadState(state);
            var speed = Math.Abs(state.Velocities[0]);
            Assert.True(previousSpeed - speed <= Arm.Limits(0).MaxAcceleration * 0.002 + 1e-9);
            previousSpeed = speed;
        }

        Assert.Equal(0, previousSpeed);
        Assert.Equal(MotionMode.Holding, state.Mode);
        Assert.Equal(ArmLifecycleState.Active, arm.State);
    }

    [Fact]
    public async Task StopImmediate_HaltsAtOnceAndRefusesCommandsUntilActivated()
    {
        await using var arm = await ActiveArm();
        var target = Arm.Home.ToArray();
        for (var cycle = 0; cycle < 100; cycle++)
        {
            target[0] += 0.004;
            arm.StreamTarget(target);
            arm.Step();
        }

        arm.Stop(StopMode.Immediate);
        var state = new JointState(6);
        arm.ReadState(state);
        var check = arm.StreamTarget(state.Positions);

        Assert.All(state.Velocities, v => Assert.Equal(0, v));
        Assert.Equal(ArmLifecycleState.Inactive, arm.State);
        Assert.Equal(RejectionReason.NotActive, check.Reason);
        await arm.ActivateAsync(CancellationToken.None);
        Assert.True(arm.StreamTarget(state.Positions).IsAccepted);
    }

    [Fact]
    public async Task StreamTarget_BadInput_RejectedAndNothingMoves()
    {
        await using var arm = await ActiveArm();
        var home = Arm.Home.ToArray();
        var nan = home.ToArray();
        nan[4] = double.NaN;
        var jump = home.ToArray();
        jump[0] += 0.5;

        Assert.Equal(RejectionReason.NotFinite, arm.StreamTarget(nan).Reason);
        Assert.Equal(RejectionReason.Discontinuous, arm.StreamTarget(jump).Reason);
        arm.Step(50);
        var state = new JointState(6);
        arm.ReadState(state);

        Assert.Equal(home, state.Positions);
        Assert.Equal(MotionMode.Holding, state.Mode);
    }

    [Fact]
    public async Task ExecuteTrajectory_Ramp_EndsAtLastPointWithinVelocityLimit()
    {
        await using var arm = await ActiveArm();
        var start = Arm.Home.ToArray();
        var trajectory = CommandValidatorTests.Ramp(start, joint: 2, distance: -0.6, seconds: 1.5, points: 30);

        arm.ExecuteTrajectory(trajectory);
        var state = new JointState(6);
        var peak = 0.0;
        for (var cycle = 0; cycle < 1000; cycle++)
        {
            arm.Step();
            arm.ReadState(state);
            peak = Math.Max(peak, state.PeakSpeed());
        }

        Assert.Equal(start[2] - 0.6, state.Positions[2], 1e-4);
        Assert.True(peak <= Arm.Limits(2).MaxVelocity);
        Assert.Equal(MotionMode.Holding, state.Mode);
    }

    [Fact]
    public async Task ExecuteTrajectory_TooFast_ThrowsAndKeepsHolding()
    {
        await using var arm = await ActiveArm();
        var trajectory = CommandValidatorTests.Ramp(Arm.Home.ToArray(), joint: 0, distance: 3, seconds: 0.1, points: 2);

        Assert.Throws<CommandRejectedException>(() => arm.ExecuteTrajectory(trajectory));
        var state = new JointState(6);
        arm.Step(10);
        arm.ReadState(state);

        Assert.Equal(MotionMode.Holding, state.Mode);
        Assert.Equal(Arm.Home, state.Positions);
    }

    [Fact]
    public async Task RealTimeClocking_FakeClockAdvancesOneSecond_Runs500CyclesWithoutMisses()
    {
        var clock = new FakeTimeProvider();
        await using var arm = new SimulatedArm(Arm, clock);
        await arm.ConfigureAsync(CancellationToken.None);

        for (var i = 0; i < 500; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(2));
        }

        var statistics = arm.Statistics;
        Assert.Equal(500, statistics.Cycles);
        Assert.Equal(0, statistics.DeadlineMisses);
        Assert.Equal(500, statistics.Rate, 1e-9);
    }

    [Fact]
    public async Task RealTimeClocking_LateCallback_CountsDeadlineMisses()
    {
        var clock = new FakeTimeProvider();
        await using var arm = new SimulatedArm(Arm, clock);
        await arm.ConfigureAsync(CancellationToken.None);

        clock.Advance(TimeSpan.FromMilliseconds(2));
        clock.AdjustTime(clock.GetUtcNow() + TimeSpan.FromMilliseconds(20));
        clock.Advance(TimeSpan.FromMilliseconds(2));

        Assert.Equal(12, arm.Statistics.Cycles);
        Assert.Equal(10, arm.Statistics.DeadlineMisses);
    }

    [Fact]
    public async Task Step_InRealTimeClocking_Throws()
    {
        await using var arm = new SimulatedArm(Arm, new FakeTimeProvider());
        await arm.ConfigureAsync(CancellationToken.None);

        Assert.Throws<InvalidOperationException>(arm.Step);
    }

    [Fact]
    public async Task InjectFault_WhileActive_FaultedAndReported()
    {
        await using var arm = await ActiveArm();
        ArmFault? reported = null;
        arm.FaultReported += (_, fault) => reported = fault;

        arm.InjectFault("simulated protective stop");

        Assert.Equal(ArmLifecycleState.Faulted, arm.State);
        Assert.Equal(FaultCode.RobotNotReady, reported?.Code);
        Assert.False(arm.ReadStatus().Ready);
        Assert.Equal(RejectionReason.NotActive, arm.StreamTarget(Arm.Home.ToArray()).Reason);
    }

    [Fact]
    public void Options_Invalid_ListsEveryProblem()
    {
        var error = Assert.Throws<ArgumentException>(() => new SimulatedArm(Arm, new FakeTimeProvider(), new SimulatedArmOptions
        {
            WatchdogPeriod = TimeSpan.Zero,
            InitialPositions = [0, 0],
        }));

        Assert.Contains("WatchdogPeriod", error.Message, StringComparison.Ordinal);
        Assert.Contains("InitialPositions has 2 values", error.Message, StringComparison.Ordinal);
    }
}
