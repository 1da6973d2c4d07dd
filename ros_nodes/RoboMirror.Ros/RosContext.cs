using Microsoft.Extensions.Logging;
using RoboMirror.Ros.Arguments;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros;

/// <summary>The context implementation; <see cref="Spin"/>/<see cref="SpinOnce"/> keep one executor per node spun that way.</summary>
internal sealed class RosContext : IRosContext
{
    private readonly Lock _gate = new();
    private readonly List<Node> _nodes = [];
    private readonly Dictionary<Node, Executor> _nodeExecutors = [];
    private readonly bool _ownsTransport;
    private bool _disposed;

    public RosContext(RosContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Arguments = RosArguments.Parse(options.Arguments);
        TimeProvider = options.TimeProvider;
        LoggerFactory = options.LoggerFactory;
        _ownsTransport = options.CustomTransport is null;
        Transport = options.CustomTransport ?? TransportFactory.Create(options.Transport, new TransportOptions
        {
            DomainId = options.DomainId,
            Dds = options.Dds,
            TimeProvider = options.TimeProvider,
            LoggerFactory = options.LoggerFactory,
        });
    }

    public RosArguments Arguments { get; }

    public string TransportName => Transport.Name;

    public ITransportGraph Graph => Transport.Graph;

    internal IRosTransport Transport { get; }

    internal TimeProvider TimeProvider { get; }

    internal ILoggerFactory LoggerFactory { get; }

    public INode CreateNode(string name, string ns = "", NodeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(ns);
        lock (_gate)
        {
            ThrowIfDisposed();
        }

        var node = new Node(this, name, ns, options ?? NodeOptions.Default);
        lock (_gate)
        {
            _nodes.Add(node);
        }

        return node;
    }

    public IExecutor CreateExecutor() => new Executor();

    public int SpinOnce(INode node, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        ExecutorOf(node).SpinOnce(timeout, cancellationToken);

    public void Spin(INode node, CancellationToken cancellationToken) => ExecutorOf(node).Spin(cancellationToken);

    public void Dispose()
    {
        Node[] nodes;
        Executor[] executors;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            nodes = [.. _nodes];
            executors = [.. _nodeExecutors.Values];
            _nodeExecutors.Clear();
        }

        foreach (var executor in executors)
        {
            executor.Dispose();
        }

        foreach (var node in nodes)
        {
            node.Dispose();
        }

        if (_ownsTransport)
        {
            Transport.Dispose();
        }
    }

    /// <summary>Called by a node when it is disposed.</summary>
    internal void Forget(Node node)
    {
        Executor? executor;
        lock (_gate)
        {
            _nodes.Remove(node);
            _nodeExecutors.Remove(node, out executor);
        }

        executor?.Dispose();
    }

    private Executor ExecutorOf(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        lock (_gate)
        {
            ThrowIfDisposed();
            if (node is not Node concrete || !_nodes.Contains(concrete))
            {
                throw new ArgumentException("The node was not created by this context (or was disposed).", nameof(node));
            }

            if (!_nodeExecutors.TryGetValue(concrete, out var executor))
            {
                executor = new Executor();
                executor.Add(concrete);
                _nodeExecutors.Add(concrete, executor);
            }

            return executor;
        }
    }

    private void ThrowIfDisposed()
    {
        if (_disposed)
        {
            throw new RosException(RosErrorCode.Disposed, "The ROS context was disposed; call Ros2.Init again.");
        }
    }
}
