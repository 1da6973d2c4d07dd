namespace RoboMirror.Ros;

/// <summary>
/// Runs the callbacks of its nodes' subscriptions and timers on the thread that calls <see cref="SpinOnce"/>
/// or <see cref="Spin"/>, never on a transport thread: transports and timers only wake it. One thread spins
/// an executor at a time; a node belongs to one executor at a time.
/// </summary>
public interface IExecutor : IDisposable
{
    /// <summary>Adds a node; throws <see cref="RosException"/> when another executor spins it.</summary>
    void Add(INode node);

    /// <summary>Removes a node; its pending work stays pending until an executor adds it again.</summary>
    void Remove(INode node);

    /// <summary>
    /// Waits up to <paramref name="timeout"/> for work, runs what is ready, and returns the number of
    /// callbacks run (0 when the wait timed out). <see cref="TimeSpan.Zero"/> runs what is ready without waiting.
    /// Exceptions thrown by user callbacks propagate to the caller.
    /// </summary>
    int SpinOnce(TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>Runs callbacks as work arrives until <paramref name="cancellationToken"/> is cancelled.</summary>
    void Spin(CancellationToken cancellationToken);
}
