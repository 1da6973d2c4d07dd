namespace RoboMirror.Ros.Execution;

/// <summary>
/// Connects a node's entities to the executor that spins the node. Entities mark themselves ready and call
/// <see cref="Raise"/>; when the node is in no executor the readiness waits until one adds it.
/// </summary>
internal sealed class NodeWake
{
    private WakeSignal? _signal;

    public void Raise() => Volatile.Read(ref _signal)?.Raise();

    /// <summary>Attaches to <paramref name="signal"/>; false when already attached to another executor's signal.</summary>
    public bool TryAttach(WakeSignal signal)
    {
        var previous = Interlocked.CompareExchange(ref _signal, signal, null);
        if (previous is not null && previous != signal)
        {
            return false;
        }

        signal.Raise();
        return true;
    }

    public void Detach(WakeSignal signal) => Interlocked.CompareExchange(ref _signal, null, signal);
}
