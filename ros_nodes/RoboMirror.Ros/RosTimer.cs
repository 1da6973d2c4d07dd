using RoboMirror.Ros.Execution;

namespace RoboMirror.Ros;

/// <summary>
/// A timer on a <see cref="TimeProvider"/> (the node's clock). The provider's tick only sets a flag and
/// wakes the executor; the callback runs on the spinning thread, once however many ticks it missed.
/// </summary>
internal sealed class RosTimer : IRosTimer, IExecutable
{
    private readonly ITimer _timer;
    private readonly Action _callback;
    private readonly NodeWake _wake;
    private readonly Action<IDisposable> _onDispose;
    private ReadyFlag _ready;
    private int _canceled;
    private int _disposed;

    public RosTimer(TimeProvider clock, TimeSpan period, Action callback, NodeWake wake, Action<IDisposable> onDispose)
    {
        if (period <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "A timer's period must be positive.");
        }

        Period = period;
        _callback = callback;
        _wake = wake;
        _onDispose = onDispose;
        _timer = clock.CreateTimer(static state => ((RosTimer)state!).OnTick(), this, period, period);
    }

    public TimeSpan Period { get; }

    public bool IsCanceled => Volatile.Read(ref _canceled) != 0;

    public void Cancel()
    {
        Volatile.Write(ref _canceled, 1);
        _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Reset()
    {
        Volatile.Write(ref _canceled, 0);
        _timer.Change(Period, Period);
    }

    public int ExecuteReady()
    {
        if (!_ready.Take() || IsCanceled)
        {
            return 0;
        }

        _callback();
        return 1;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Volatile.Write(ref _canceled, 1);
            _timer.Dispose();
            _onDispose(this);
        }
    }

    private void OnTick()
    {
        if (!IsCanceled)
        {
            _ready.Set();
            _wake.Raise();
        }
    }
}
