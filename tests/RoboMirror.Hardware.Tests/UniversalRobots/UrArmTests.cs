using RoboMirror.Hardware.Arms;
using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Resilience;
using RoboMirror.Hardware.Safety;
using RoboMirror.Hardware.Tests.Safety;
using RoboMirror.Hardware.UniversalRobots;

namespace RoboMirror.Hardware.Tests.UniversalRobots;

public sealed class UrArmTests : IAsyncLifetime
{
    private static readonly double[] Home = ArmModels.Ur5e.Home.ToArray();
    private readonly FakeUrController _fake = new();
    private double _clock = 100.0;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private UrArm NewArm(ResilienceOptions? resilience = null, TimeSpan? streamTimeout = null) => new(
        ArmModels.Ur5e,
        new UrArmOptions
        {
            Host = "127.0.0.1",
            RtdePort = _fake.RtdePort,
            ScriptPort = _fake.ScriptPort,
            StreamTimeout = streamTimeout ?? TimeSpan.FromSeconds(10),
            WatchdogPeriod = TimeSpan.FromMilliseconds(100),
            Resilience = resilience ?? new ResilienceOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(5), ExchangeTimeout = TimeSpan.FromSeconds(10) },
        },
        TimeProvider.System);

    private Task<FakeInput> Cycle(double[]? positions = null, double[]? velocities = null)
    {
        _clock += 0.002;
        return _fake.ExchangeAsync(_clock, positions ?? Home, velocities);
    }

    private async Task<UrArm> ActiveArm()
    {
        var arm = NewArm();
        await arm.ConfigureAsync(CancellationToken.None);
        await Cycle();
        await arm.ActivateAsync(CancellationToken.None);
        return arm;
    }

    [Fact]
    public async Task ConfigureAsync_ControllerFollowsGuide_SendsHandshakeByteForByte()
    {
        await using var arm = NewArm();

        await arm.ConfigureAsync(CancellationToken.None);

        Assert.Equal(ArmLifecycleState.Inactive, arm.State);
        Assert.Equal("5.15.0.0", arm.ControllerVersion);
        var packages = _fake.ClientPackages.ToArray();
        Assert.Equal(new byte[] { 0x00, 0x05, 86, 0x00, 0x02 }, packages[0]);
        Assert.Equal(new byte[] { 0x00, 0x03, 118 }, packages[1]);
        Assert.Equal((byte)'O', packages[2][2]);
        Assert.Equal(500.0, _fake.RequestedFrequency);
        Assert.Equal("timestamp,actual_q,actual_qd,robot_mode,safety_mode,runtime_state", System.Text.Encoding.ASCII.GetString(packages[2], 11, packages[2].Length - 11));
        Assert.Equal((byte)'I', packages[3][2]);
        Assert.Equal(new byte[] { 0x00, 0x03, 83 }, packages[4]);
    }

    [Fact]
    public async Task ActivateAsync_RobotRunning_SendsServoProgramAndHoldsWhereItIs()
    {
        await using var arm = await ActiveArm();

        var program = await _fake.Programs.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        var input = await Cycle();

        Assert.StartsWith("def robomirror_servo():", program, StringComparison.Ordinal);
        Assert.EndsWith("end\n", program, StringComparison.Ordinal);
        Assert.Contains("servoj(q, 0, 0, 0.002, 0.1, 300)", program, StringComparison.Ordinal);
        Assert.Contains("read_input_float_register(29)", program, StringComparison.Ordinal);
        Assert.Equal(ArmLifecycleState.Active, arm.State);
        Assert.Equal((int)ServoMode.Servo, input.Mode);
        Assert.Equal(Home, input.Targets);
    }

    [Fact]
    public async Task StreamTarget_Accepted_ReachesTheRegistersWithARisingSequence()
    {
        await using var arm = await ActiveArm();
        var target = Home.ToArray();
        target[0] += 0.004;

        Assert.True(arm.StreamTarget(target).IsAccepted);
        var first = await Cycle();
        var second = await Cycle();

        Assert.Equal(target, first.Targets);
        Assert.Equal((int)ServoMode.Servo, first.Mode);
        Assert.Equal(first.Sequence + 1, second.Sequence);
    }

    [Fact]
    public async Task StreamTarget_NaNOrJump_RejectedAndRegistersKeepHolding()
    {
        await using var arm = await ActiveArm();
        var nan = Home.ToArray();
        nan[3] = double.NaN;
        var jump = Home.ToArray();
        jump[1] -= 1.0;

        Assert.Equal(RejectionReason.NotFinite, arm.StreamTarget(nan).Reason);
        Assert.Equal(RejectionReason.Discontinuous, arm.StreamTarget(jump).Reason);
        var input = await Cycle();

        Assert.Equal(Home, input.Targets);
    }

    [Fact]
    public async Task Watchdog_NoFreshTarget_ArmHoldsWithControlledStop()
    {
        await using var arm = await ActiveArm();
        var target = Home.ToArray();
        target[0] += 0.002;
        arm.StreamTarget(target);

        var modes = new List<int>();
        for (var i = 0; i < 60; i++)
        {
            modes.Add((await Cycle(velocities: [0.5, 0, 0, 0, 0, 0])).Mode);
        }

        Assert.Equal((int)ServoMode.Servo, modes[0]);
        Assert.Equal((int)ServoMode.Hold, modes[^1]);
        Assert.Equal(FaultCode.WatchdogExpired, arm.LastFault?.Code);
        Assert.Equal(ArmLifecycleState.Active, arm.State);
    }

    [Fact]
    public async Task StopControlled_WhileMoving_HoldsUntilAtRestThenServoesInPlace()
    {
        await using var arm = await ActiveArm();

        arm.Stop(StopMode.Controlled);
        var moving = await Cycle(velocities: [0.3, 0, 0, 0, 0, 0]);
        var atRest = await Cycle();
        var after = await Cycle();

        Assert.Equal((int)ServoMode.Hold, moving.Mode);
        Assert.Equal((int)ServoMode.Servo, after.Mode);
        Assert.Equal(Home, after.Targets);
        Assert.Equal(ArmLifecycleState.Active, arm.State);
        Assert.NotNull(atRest);
    }

    [Fact]
    public async Task StopImmediate_TellsTheProgramToHaltAndRefusesTargets()
    {
        await using var arm = await ActiveArm();

        arm.Stop(StopMode.Immediate);
        var input = await Cycle();

        Assert.Equal((int)ServoMode.ImmediateExit, input.Mode);
        Assert.Equal(ArmLifecycleState.Inactive, arm.State);
        Assert.Equal(RejectionReason.NotActive, arm.StreamTarget(Home).Reason);
    }

    [Fact]
    public async Task ExecuteTrajectory_Ramp_RegistersFollowTheTrajectory()
    {
        await using var arm = await ActiveArm();
        var trajectory = CommandValidatorTests.Ramp(Home, joint: 5, distance: 0.2, seconds: 0.5, points: 10);

        arm.ExecuteTrajectory(trajectory);
        var inputs = new List<FakeInput>();
        for (var i = 0; i < 300; i++)
        {
            inputs.Add(await Cycle());
        }

        Assert.All(inputs, input => Assert.Equal((int)ServoMode.Servo, input.Mode));
        Assert.Equal(Home[5] + 0.2, inputs[^1].Targets[5], 1e-9);
        var steps = inputs.Zip(inputs.Skip(1), (a, b) => Math.Abs(b.Targets[5] - a.Targets[5]));
        Assert.All(steps, step => Assert.True(step <= Math.PI * 0.002 * 1.05));
    }

    [Fact]
    public async Task ActivateAsync_RobotPoweredOff_ThrowsNotReadyAndSendsNoProgram()
    {
        await using var arm = NewArm();
        _fake.RobotMode = 3;
        await arm.ConfigureAsync(CancellationToken.None);
        await Cycle();

        var error = await Assert.ThrowsAsync<ArmNotReadyException>(() => arm.ActivateAsync(CancellationToken.None));

        Assert.Contains("POWER_OFF", error.Message, StringComparison.Ordinal);
        Assert.False(_fake.Programs.Reader.TryRead(out _));
        Assert.Equal(ArmLifecycleState.Inactive, arm.State);
        Assert.False(arm.ReadStatus().Ready);
    }

    [Fact]
    public async Task ProtectiveStopWhileActive_FaultsAndTellsTheProgramToHalt()
    {
        await using var arm = await ActiveArm();

        _fake.SafetyMode = 3;
        var input = await Cycle();

        Assert.Equal(ArmLifecycleState.Faulted, arm.State);
        Assert.Equal(FaultCode.RobotNotReady, arm.LastFault?.Code);
        Assert.Contains("PROTECTIVE_STOP", arm.LastFault!.Message, StringComparison.Ordinal);
        Assert.Equal((int)ServoMode.ImmediateExit, input.Mode);
    }

    [Fact]
    public async Task ReadStatus_RunningAndNormal_ReportsReadyWithModeNames()
    {
        await using var arm = await ActiveArm();

        var status = arm.ReadStatus();

        Assert.True(status.Ready, status.Reason);
        Assert.Equal("RUNNING", status.RobotMode);
        Assert.Equal("NORMAL", status.SafetyMode);
    }
}
