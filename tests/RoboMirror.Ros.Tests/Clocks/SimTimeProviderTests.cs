using RoboMirror.Ros.Clocks;

namespace RoboMirror.Ros.Tests.Clocks;

public sealed class SimTimeProviderTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.UnixEpoch.AddSeconds(100);

    [Fact]
    public void GetUtcNow_BeforeFirstUpdate_IsRosTimeZero()
    {
        var clock = new SimTimeProvider();

        Assert.Equal(DateTimeOffset.UnixEpoch, clock.GetUtcNow());
        Assert.False(clock.HasReceivedTime);
    }

    [Fact]
    public void Update_PastDueTime_FiresTimerOncePerUpdate()
    {
        var clock = new SimTimeProvider();
        clock.Update(Start);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        clock.Update(Start.AddSeconds(0.5));
        Assert.Equal(0, fired);
        clock.Update(Start.AddSeconds(1));
        Assert.Equal(1, fired);
        clock.Update(Start.AddSeconds(4.5));
        Assert.Equal(2, fired);
        clock.Update(Start.AddSeconds(4.9));
        Assert.Equal(2, fired);
        clock.Update(Start.AddSeconds(5));
        Assert.Equal(3, fired);
    }

    [Fact]
    public void GetElapsedTime_BetweenUpdates_FollowsSimTime()
    {
        var clock = new SimTimeProvider();
        clock.Update(Start);
        var before = clock.GetTimestamp();

        clock.Update(Start.AddMilliseconds(250));

        Assert.Equal(TimeSpan.FromMilliseconds(250), clock.GetElapsedTime(before));
    }

    [Fact]
    public void Update_JumpBackwards_RestartsTimerPeriods()
    {
        var clock = new SimTimeProvider();
        clock.Update(Start);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        clock.Update(DateTimeOffset.UnixEpoch);
        clock.Update(DateTimeOffset.UnixEpoch.AddSeconds(0.9));
        Assert.Equal(0, fired);
        clock.Update(DateTimeOffset.UnixEpoch.AddSeconds(1));
        Assert.Equal(1, fired);
    }

    [Fact]
    public void Dispose_Timer_StopsFiring()
    {
        var clock = new SimTimeProvider();
        var fired = 0;
        var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        timer.Dispose();
        clock.Update(Start);

        Assert.Equal(0, fired);
        Assert.False(timer.Change(TimeSpan.Zero, TimeSpan.Zero));
    }
}
