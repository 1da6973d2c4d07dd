using RoboMirror.Hardware.Arms;
using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Resilience;
using RoboMirror.Hardware.Safety;
using RoboMirror.Hardware.Tests.Safety;
using RoboMirror.Hardware.UniversalRobots;

namespace RoboMirror.Hardware.Tests.UniversalRobots;

/// <summary>Each test injects one fault and checks the arm ends in a safe, reported state with nothing half-applied.</summary>
public sealed class UrArmFaultTests : IAsyncLifetime
{
    private static readonly double[] Home = ArmModels.Ur5e.Home.ToArray();
    private readonly FakeUrController _fake = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private UrArm NewArm(ResilienceOptions resilience, TimeSpan? streamTimeout = null) => new(
        ArmModels.Ur5e,
        new UrArmOptions
        {
            Host = "127.0.0.1",
            RtdePort = _fake.RtdePort,
            ScriptPort = _fake.ScriptPort,
            StreamTimeout = streamTimeout ?? TimeSpan.FromSeconds(10),
            Resilience = resilience,
        },
        TimeProvider.System);

    private static ResilienceOptions Quick(TimeSpan? exchange = null, int breaker = 8) => new()
    {
        MaxConnectRetries = 3,
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        RetryMaxDelay = TimeSpan.FromMilliseconds(20),
        ExchangeTimeout = exchange ?? TimeSpan.FromSeconds(10),
        BreakerMinimumThroughput = breaker,
    };

    private async Task<UrArm> StreamingArm(TimeSpan? streamTimeout = null)
    {
        var arm = NewArm(Quick(), streamTimeout);
        await arm.ConfigureAsync(CancellationToken.None);
        await _fake.ExchangeAsync(1.000, Home);
        await arm.ActivateAsync(CancellationToken.None);
        var target = Home.ToArray();
        target[0] += 0.002;
        Assert.True(arm.StreamTarget(target).IsAccepted);
        await _fake.ExchangeAsync(1.002, Home);
        return arm;
    }

    private static async Task<ArmFault> NextFault(UrArm arm, TaskCompletionSource<ArmFault> reported) =>
        arm.LastFault is { Code: not FaultCode.WatchdogExpired } fault ? fault : await reported.Task.WaitAsync(TimeSpan.FromSeconds(10));

    private static TaskCompletionSource<ArmFault> Watch(UrArm arm)
    {
        var reported = new TaskCompletionSource<ArmFault>(TaskCreationOptions.RunContinuationsAsynchronously);
        arm.FaultReported += (_, fault) => reported.TrySetResult(fault);
        return reported;
    }

    private static void AssertSafe(UrArm arm)
    {
        Assert.Equal(ArmLifecycleState.Faulted, arm.State);
        Assert.Equal(RejectionReason.NotActive, arm.StreamTarget(Home).Reason);
        var trajectory = CommandValidatorTests.Ramp(Home, joint: 0, distance: 0.1, seconds: 1, points: 5);
        Assert.Throws<CommandRejectedException>(() => arm.ExecuteTrajectory(trajectory));
        var state = new JointState(6);
        arm.ReadState(state);
        Assert.Equal(MotionMode.Off, state.Mode);
    }

    [Fact]
    public async Task ConfigureAsync_FirstConnectionsDropped_RetriesAndSucceeds()
    {
        _fake.DropFirstConnections = 2;
        await using var arm = NewArm(Quick());

        await arm.ConfigureAsync(CancellationToken.None);

        Assert.Equal(3, arm.ConnectAttempts);
        Assert.Equal(ArmLifecycleState.Inactive, arm.State);
    }

    [Fact]
    public async Task ConfigureAsync_SlowPeerOnce_TimesOutThenSucceedsOnTheNextAttempt()
    {
        _fake.SlowFirstConnections = 1;
        await using var arm = NewArm(Quick(exchange: TimeSpan.FromMilliseconds(300)));

        await arm.ConfigureAsync(CancellationToken.None);

        Assert.Equal(2, arm.ConnectAttempts);
        Assert.Equal(ArmLifecycleState.Inactive, arm.State);
    }

    [Fact]
    public async Task ConfigureAsync_SilentPeer_TimesOutEachExchangeAndLeavesNothingConfigured()
    {
        _fake.Behaviour = FakeBehaviour.Silent;
        await using var arm = NewArm(Quick(exchange: TimeSpan.FromMilliseconds(200)));

        var error = await Assert.ThrowsAsync<ArmConnectionException>(() => arm.ConfigureAsync(CancellationToken.None));

        Assert.Equal(4, arm.ConnectAttempts);
        Assert.Contains("after 4 attempt(s)", error.Message, StringComparison.Ordinal);
        Assert.Equal(ArmLifecycleState.Unconfigured, arm.State);
        Assert.Equal(FaultCode.ConnectionFailed, arm.LastFault?.Code);
        Assert.False(_fake.Started.IsCompleted);
    }

    [Fact]
    public async Task ConfigureAsync_GarbageBytes_FailsWithProtocolReason()
    {
        _fake.Behaviour = FakeBehaviour.GarbageHandshake;
        await using var arm = NewArm(Quick());

        var error = await Assert.ThrowsAsync<ArmConnectionException>(() => arm.ConfigureAsync(CancellationToken.None));

        Assert.Contains("out of step", error.Message, StringComparison.Ordinal);
        Assert.Equal(ArmLifecycleState.Unconfigured, arm.State);
        Assert.False(_fake.Started.IsCompleted);
    }

    [Fact]
    public async Task ConfigureAsync_RepeatedFailures_OpenTheCircuitFaultTheArmAndFailFastAfterwards()
    {
        _fake.DropFirstConnections = int.MaxValue;
        await using var arm = NewArm(Quick(breaker: 2));

        await Assert.ThrowsAsync<ArmConnectionException>(() => arm.ConfigureAsync(CancellationToken.None));
        var connections = _fake.Connections;
        var again = await Assert.ThrowsAsync<ArmConnectionException>(() => arm.ConfigureAsync(CancellationToken.None));

        Assert.Equal(ArmLifecycleState.Faulted, arm.State);
        Assert.Equal(FaultCode.CircuitOpen, arm.LastFault?.Code);
        Assert.Contains("circuit is open", again.Message, StringComparison.Ordinal);
        Assert.Equal(connections, _fake.Connections);
    }

    [Fact]
    public async Task ConnectionDroppedMidStream_ArmFaultsAndForgetsItsTarget()
    {
        await using var arm = await StreamingArm();
        var reported = Watch(arm);

        _fake.DropSession();
        var fault = await NextFault(arm, reported);

        Assert.Equal(FaultCode.ConnectionLost, fault.Code);
        Assert.Contains("dropped", fault.Message, StringComparison.Ordinal);
        AssertSafe(arm);
    }

    [Fact]
    public async Task SilentPeerMidStream_ArmFaultsAfterTheStreamTimeout()
    {
        await using var arm = await StreamingArm(streamTimeout: TimeSpan.FromMilliseconds(200));
        var reported = Watch(arm);

        var fault = await NextFault(arm, reported);

        Assert.Equal(FaultCode.ConnectionLost, fault.Code);
        Assert.Contains("silent", fault.Message, StringComparison.Ordinal);
        AssertSafe(arm);
    }

    [Fact]
    public async Task GarbageMidStream_ArmFaultsWithProtocolViolation()
    {
        await using var arm = await StreamingArm();
        var reported = Watch(arm);

        await _fake.SendRawAsync([0x00, 0x09, (byte)'U', 0x07, 1, 2, 3, 4, 5]);
        var fault = await NextFault(arm, reported);

        Assert.Equal(FaultCode.ProtocolViolation, fault.Code);
        AssertSafe(arm);
    }

    [Fact]
    public async Task ConfigureAsync_AfterAFault_ConnectsAgainCleanly()
    {
        await using var arm = await StreamingArm();
        var reported = Watch(arm);
        _fake.DropSession();
        await NextFault(arm, reported);

        await arm.ConfigureAsync(CancellationToken.None);

        Assert.Equal(ArmLifecycleState.Inactive, arm.State);
        Assert.Equal(RejectionReason.NotActive, arm.StreamTarget(Home).Reason);
    }

    [Fact]
    public void Options_Invalid_ListsEveryProblem()
    {
        var error = Assert.Throws<ArgumentException>(() => new UrArmOptions { Frequency = 1000, Resilience = new ResilienceOptions { BreakerMinimumThroughput = 1 } }.Validate());

        Assert.Contains("Host is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("Frequency is 1000", error.Message, StringComparison.Ordinal);
        Assert.Contains("BreakerMinimumThroughput is 1", error.Message, StringComparison.Ordinal);
    }
}
