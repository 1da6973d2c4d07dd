namespace RoboMirror.Ros.Execution;

/// <summary>
/// The executor's wait set in one object: readers' data-available handlers and timers raise it from any
/// thread; the spinning thread waits on it. A raise between two waits is never lost because the spinner
/// resets the signal before it looks for work, not after. It is never disposed: a handler may raise it
/// after its executor is gone, and a ManualResetEventSlim that no one waits on holds no kernel handle.
/// </summary>
internal sealed class WakeSignal
{
    private readonly ManualResetEventSlim _event = new(initialState: false);

    public void Raise() => _event.Set();

    /// <summary>Waits until raised or <paramref name="timeout"/>; returns false on timeout or cancellation.</summary>
    public bool Wait(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return _event.Wait(timeout, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Reset() => _event.Reset();
}
