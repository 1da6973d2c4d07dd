using RoboMirror.Ros.Qos;

namespace RoboMirror.Ros.Transport.InProcess;

/// <summary>
/// A writer of the in-process transport. Each write copies the bytes once into a sample shared by every
/// matched reader; a transient-local writer also keeps its last N samples for readers that join later.
/// </summary>
internal sealed class InProcessWriter : ITransportWriter
{
    private readonly InProcessTopic _topic;
    private readonly TimeProvider _clock;
    private readonly byte[] _gid;
    private InProcessReader[] _matched = [];
    private bool _disposed;

    public InProcessWriter(InProcessTopic topic, DiscoveredEndpoint endpoint, TimeProvider clock)
    {
        _topic = topic;
        _clock = clock;
        Endpoint = endpoint;
        _gid = endpoint.Gid.ToArray();
        History = endpoint.Qos.Durability == Durability.TransientLocal ? new SampleHistory(endpoint.Qos) : null;
    }

    public DiscoveredEndpoint Endpoint { get; }

    public QosProfile Qos => Endpoint.Qos;

    /// <summary>Samples kept for late joiners (transient-local only); guarded by the topic's lock.</summary>
    public SampleHistory? History { get; }

    public int MatchedReaderCount => Volatile.Read(ref _matched).Length;

    public void Write(ReadOnlySpan<byte> serialized)
    {
        var now = _clock.GetUtcNow();
        var expires = Qos.Lifespan is { } lifespan ? now + lifespan : DateTimeOffset.MaxValue;
        var sample = new InProcessSample(serialized.ToArray(), now, expires, _gid);
        InProcessReader[] targets;
        lock (_topic.Gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            History?.Add(sample);
            targets = _matched;
            foreach (var reader in targets)
            {
                reader.Enqueue(sample);
            }
        }

        // Outside the lock: handlers only signal, but they must never run while the topic is locked.
        foreach (var reader in targets)
        {
            reader.RaiseDataAvailable();
        }
    }

    public void Dispose()
    {
        lock (_topic.Gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        _topic.Remove(this);
    }

    /// <summary>Replaces the matched readers; called under the topic's lock.</summary>
    internal void SetMatched(InProcessReader[] readers) => Volatile.Write(ref _matched, readers);

    internal InProcessReader[] Matched => Volatile.Read(ref _matched);
}
