namespace RoboMirror.Ros.Tests.Node;

public sealed class TimerTests : IDisposable
{
    private readonly NodeTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void SpinOnce_ClockPassesPeriod_CallbackRunsOnce()
    {
        using var node = _kit.Context.CreateNode("n");
        var ticks = 0;
        using var timer = node.CreateTimer(TimeSpan.FromMilliseconds(100), () => ticks++);

        _kit.Clock.Advance(TimeSpan.FromMilliseconds(99));
        _kit.Context.SpinOnce(node, TimeSpan.Zero);
        Assert.Equal(0, ticks);

        _kit.Clock.Advance(TimeSpan.FromMilliseconds(1));
        _kit.Context.SpinOnce(node, TimeSpan.Zero);
        Assert.Equal(1, ticks);
    }

    [Fact]
    public void SpinOnce_SeveralPeriodsMissed_CallbackRunsOnce()
    {
        using var node = _kit.Context.CreateNode("n");
        var ticks = 0;
        using var timer = node.CreateTimer(TimeSpan.FromMilliseconds(10), () => ticks++);

        _kit.Clock.Advance(TimeSpan.FromMilliseconds(55));
        _kit.Context.SpinOnce(node, TimeSpan.Zero);

        Assert.Equal(1, ticks);
    }

    [Fact]
    public void Cancel_BeforeDue_CallbackNeverRunsUntilReset()
    {
        using var node = _kit.Context.CreateNode("n");
        var ticks = 0;
        using var timer = node.CreateTimer(TimeSpan.FromMilliseconds(10), () => ticks++);

        timer.Cancel();
        _kit.Clock.Advance(TimeSpan.FromMilliseconds(30));
        _kit.Context.SpinOnce(node, TimeSpan.Zero);
        Assert.Equal(0, ticks);
        Assert.True(timer.IsCanceled);

        timer.Reset();
        _kit.Clock.Advance(TimeSpan.FromMilliseconds(10));
        _kit.Context.SpinOnce(node, TimeSpan.Zero);
        Assert.Equal(1, ticks);
    }

    [Fact]
    public void CreateTimer_NonPositivePeriod_Throws()
    {
        using var node = _kit.Context.CreateNode("n");

        Assert.Throws<ArgumentOutOfRangeException>(() => node.CreateTimer(TimeSpan.Zero, () => { }));
    }
}
