using RoboMirror.Ros.Execution;

namespace RoboMirror.Ros;

/// <summary>
/// A single-threaded executor. It waits on one <see cref="WakeSignal"/> that every reader handler and timer
/// of its nodes raises, then runs whatever is ready, timers and subscriptions, on the calling thread.
/// </summary>
internal sealed class Executor : IExecutor
{
    private readonly WakeSignal _signal = new();
    private readonly Lock _gate = new();
    private Node[] _nodes = [];
    private int _spinning;
    private bool _disposed;

    public void Add(INode node)
    {
        var concrete = AsNode(node);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_nodes.Contains(concrete))
            {
                return;
            }

            if (!concrete.Wake.TryAttach(_signal))
            {
                throw new RosException(
                    RosErrorCode.InvalidOperation,
                    $"Node '{concrete.FullyQualifiedName}' is already in another executor; remove it there first (a node is spun by one executor at a time).");
            }

            _nodes = [.. _nodes, concrete];
        }
    }

    public void Remove(INode node)
    {
        var concrete = AsNode(node);
        lock (_gate)
        {
            concrete.Wake.Detach(_signal);
            _nodes = [.. _nodes.Where(n => n != concrete)];
        }
    }

    public int SpinOnce(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _spinning, 1) != 0)
        {
            throw new RosException(RosErrorCode.InvalidOperation, "This executor is already spinning on another thread; spin it from one thread only.");
        }

        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (timeout != TimeSpan.Zero && !_signal.Wait(timeout, cancellationToken))
            {
                return 0;
            }

            // Reset before looking for work: a raise from now on is seen by the next wait.
            _signal.Reset();
            return RunReady();
        }
        finally
        {
            Volatile.Write(ref _spinning, 0);
        }
    }

    public void Spin(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            SpinOnce(Timeout.InfiniteTimeSpan, cancellationToken);
        }
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
            foreach (var node in _nodes)
            {
                node.Wake.Detach(_signal);
            }

            _nodes = [];
        }
    }

    private int RunReady()
    {
        var work = 0;
        foreach (var node in Volatile.Read(ref _nodes))
        {
            if (node.IsDisposed)
            {
                continue;
            }

            foreach (var executable in node.Executables)
            {
                work += executable.ExecuteReady();
            }
        }

        return work;
    }

    private static Node AsNode(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node as Node ?? throw new ArgumentException("Only nodes created by IRosContext.CreateNode can be added to an executor.", nameof(node));
    }
}
