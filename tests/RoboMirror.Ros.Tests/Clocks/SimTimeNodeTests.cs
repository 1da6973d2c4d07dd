using RoboMirror.Ros.Clocks;
using RoboMirror.Ros.Messages.BuiltinInterfaces;
using RoboMirror.Ros.Tests.Node;
using ClockMessage = RoboMirror.Ros.Messages.RosgraphMsgs.Clock;

namespace RoboMirror.Ros.Tests.Clocks;

public sealed class SimTimeNodeTests : IDisposable
{
    private readonly NodeTestKit _kit = new("--ros-args", "-p", "use_sim_time:=true");

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void Clock_UseSimTime_ReadsZeroUntilClockMessage()
    {
        using var node = _kit.Context.CreateNode("controller");

        Assert.True(node.UsesSimTime);
        Assert.Equal(DateTimeOffset.UnixEpoch, node.Clock.GetUtcNow());
    }

    [Fact]
    public void Clock_ClockMessageSpun_FollowsClockTopic()
    {
        using var node = _kit.Context.CreateNode("controller");
        using var simulator = _kit.Context.CreateNode("simulator", "", new NodeOptions { UseGlobalArguments = false });
        using var clockPublisher = simulator.CreatePublisher<ClockMessage>("/clock");

        clockPublisher.Publish(new ClockMessage { ClockValue = new Time { Sec = 42, Nanosec = 500_000_000 } });
        _kit.Context.SpinOnce(node, TimeSpan.Zero);

        Assert.Equal(DateTimeOffset.UnixEpoch.AddSeconds(42.5), node.Clock.GetUtcNow());
        Assert.False(simulator.UsesSimTime);
    }

    [Fact]
    public void CreateTimer_UseSimTime_FiresOnRosTimeNotWallTime()
    {
        using var node = _kit.Context.CreateNode("controller");
        using var simulator = _kit.Context.CreateNode("simulator", "", new NodeOptions { UseGlobalArguments = false });
        using var clockPublisher = simulator.CreatePublisher<ClockMessage>("/clock");
        clockPublisher.Publish(new ClockMessage { ClockValue = new Time { Sec = 10 } });
        _kit.Context.SpinOnce(node, TimeSpan.Zero);
        var ticks = 0;
        using var timer = node.CreateTimer(TimeSpan.FromSeconds(1), () => ticks++);

        _kit.Clock.Advance(TimeSpan.FromSeconds(5));
        _kit.Context.SpinOnce(node, TimeSpan.Zero);
        Assert.Equal(0, ticks);

        clockPublisher.Publish(new ClockMessage { ClockValue = new Time { Sec = 11 } });
        _kit.Context.SpinOnce(node, TimeSpan.Zero);
        Assert.Equal(1, ticks);
    }

    [Fact]
    public void FromDateTimeOffset_RoundTrip_KeepsTicks()
    {
        var instant = DateTimeOffset.UnixEpoch.AddTicks(17_123_456_789);

        var time = RosTime.FromDateTimeOffset(instant);

        Assert.Equal((1712, 345_678_900u), (time.Sec, time.Nanosec));
        Assert.Equal(instant, RosTime.ToDateTimeOffset(time));
    }
}
