using RoboMirror.Ros.Qos;

namespace RoboMirror.Ros.Transport.InProcess;

/// <summary>
/// A QoS history: keep-last N drops the oldest sample when a new one arrives at depth N; keep-all keeps
/// everything until taken. Not thread-safe: its owner locks.
/// </summary>
internal sealed class SampleHistory(QosProfile qos)
{
    private readonly Queue<InProcessSample> _samples = new();

    public int Count => _samples.Count;

    /// <summary>Samples dropped because the keep-last depth was reached.</summary>
    public long Overwritten { get; private set; }

    public void Add(InProcessSample sample)
    {
        if (qos.History == History.KeepLast && _samples.Count >= qos.Depth)
        {
            _samples.Dequeue();
            Overwritten++;
        }

        _samples.Enqueue(sample);
    }

    public bool TryTake(out InProcessSample sample) => _samples.TryDequeue(out sample!);

    /// <summary>The kept samples, oldest first (for late-joining transient-local readers).</summary>
    public IEnumerable<InProcessSample> Snapshot() => _samples.ToArray();
}
