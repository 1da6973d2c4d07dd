using RoboMirror.Ros.Transport;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// Wakes a <c>topic</c> verb when its reader has data: the reader's handler (a transport thread) only
/// releases a semaphore; the verb takes samples on its own task. One wait is kept pending across calls
/// so that a release is never consumed by an abandoned wait.
/// </summary>
internal sealed class TopicReaderSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly ITransportReader _reader;
    private Task? _pending;

    public TopicReaderSignal(ITransportReader reader)
    {
        _reader = reader;
        reader.SetDataAvailableHandler(Release);
    }

    /// <summary>Completes when data may be waiting, or after <paramref name="timeout"/> on <paramref name="time"/>'s clock.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (_pending is null || _pending.IsCompleted)
        {
            _pending = _signal.WaitAsync(cancellationToken);
        }

        if (timeout == Timeout.InfiniteTimeSpan)
        {
            await _pending.ConfigureAwait(false);
            return;
        }

        using var stopDelay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, stopDelay.Token);
        await Task.WhenAny(_pending, delay).ConfigureAwait(false);
        await stopDelay.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Dispose()
    {
        _reader.SetDataAvailableHandler(null);
        _reader.Dispose();
    }

    private void Release()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Released concurrently: one wake-up suffices, the verb drains everything.
            }
        }
    }
}
