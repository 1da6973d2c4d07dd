using System.Buffers;
using RoboMirror.Ros.Qos;

namespace RoboMirror.Ros.Transport.InProcess;

/// <summary>A reader of the in-process transport: its own history queue, filled by matched writers.</summary>
internal sealed class InProcessReader : ITransportReader
{
    private readonly Lock _gate = new();
    private readonly SampleHistory _history;
    private readonly InProcessTopic _topic;
    private readonly TimeProvider _clock;
    private Action? _handler;
    private int _matchedWriters;
    private bool _disposed;

    public InProcessReader(InProcessTopic topic, DiscoveredEndpoint endpoint, TimeProvider clock)
    {
        _topic = topic;
        _clock = clock;
        Endpoint = endpoint;
        _history = new SampleHistory(endpoint.Qos);
    }

    public DiscoveredEndpoint Endpoint { get; }

    public QosProfile Qos => Endpoint.Qos;

    public int MatchedWriterCount => Volatile.Read(ref _matchedWriters);

    /// <summary>Samples a full keep-last queue dropped before they were taken.</summary>
    public long Overwritten
    {
        get
        {
            lock (_gate)
            {
                return _history.Overwritten;
            }
        }
    }

    public void SetDataAvailableHandler(Action? handler)
    {
        Volatile.Write(ref _handler, handler);
        bool waiting;
        lock (_gate)
        {
            waiting = _history.Count > 0;
        }

        // Samples that arrived before the handler was set (a transient-local replay) still need a wake-up.
        if (waiting)
        {
            handler?.Invoke();
        }
    }

    public bool TryTake(IBufferWriter<byte> destination, out SampleInfo info)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            while (_history.TryTake(out var sample))
            {
                if (sample.ExpiresAt <= now)
                {
                    continue; // Past the writer's lifespan: DDS never delivers it.
                }

                destination.Write(sample.Data);
                info = new SampleInfo(sample.Timestamp, sample.WriterGid);
                return true;
            }
        }

        info = default;
        return false;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        Volatile.Write(ref _handler, null);
        _topic.Remove(this);
    }

    /// <summary>Called under the topic's lock by a writer.</summary>
    internal void Enqueue(InProcessSample sample)
    {
        lock (_gate)
        {
            _history.Add(sample);
        }
    }

    internal void RaiseDataAvailable() => Volatile.Read(ref _handler)?.Invoke();

    internal void AdjustMatched(int delta) => Interlocked.Add(ref _matchedWriters, delta);
}
