using Microsoft.Extensions.Logging;
using RoboMirror.Ros.Arguments;
using RoboMirror.Ros.Execution;
using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Parameters;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros;

/// <summary>The node implementation: names and remapping, entities, and the link to its executor.</summary>
internal sealed partial class Node : INode
{
    private readonly RosContext _context;
    private readonly Remapper _remapper;
    private readonly ParameterStore _parameters;
    private readonly Lock _gate = new();
    private readonly List<IDisposable> _entities = [];
    private IExecutable[] _executables = [];
    private int _disposed;

    public Node(RosContext context, string name, string ns, NodeOptions options)
    {
        _context = context;
        Names.RosNames.ValidateNodeName(name);
        var local = RosArguments.Parse(options.Arguments);
        var global = options.UseGlobalArguments ? context.Arguments : RosArguments.Empty;
        _remapper = new Remapper([.. local.Remaps, .. global.Remaps], name, Names.RosNames.NormalizeNamespace(ns));
        Identity = new NodeIdentity(_remapper.Namespace, _remapper.Name);
        _parameters = new ParameterStore(FullyQualifiedName, [global.ParameterOverrides, local.ParameterOverrides], options.ParameterOverrides);
        Logger = context.LoggerFactory.CreateLogger(FullyQualifiedName.TrimStart('/').Replace('/', '.'));
        context.Transport.RegisterNode(Identity);
        try
        {
            Clock = SetUpClock();
        }
        catch
        {
            context.Transport.UnregisterNode(Identity);
            throw;
        }
    }

    public string Name => Identity.Name;

    public string Namespace => Identity.Namespace;

    public string FullyQualifiedName => Identity.FullyQualifiedName;

    public ILogger Logger { get; }

    public TimeProvider Clock { get; }

    internal NodeIdentity Identity { get; }

    internal NodeWake Wake { get; } = new();

    internal IExecutable[] Executables => Volatile.Read(ref _executables);

    internal bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    public IPublisher<T> CreatePublisher<T>(string topic, QosProfile? qos = null)
        where T : IRosMessage<T>
    {
        var (description, profile) = Describe<T>(topic, qos);
        var writer = _context.Transport.CreateWriter(Identity, description, profile);
        return Track(new Publisher<T>(writer, description.RosTopic, profile, Forget));
    }

    public ISubscription<T> CreateSubscription<T>(string topic, Action<T> callback, QosProfile? qos = null)
        where T : IRosMessage<T>
    {
        ArgumentNullException.ThrowIfNull(callback);
        return Subscribe(topic, callback, qos);
    }

    public ISubscription<T> CreateSubscription<T>(string topic, QosProfile? qos = null)
        where T : IRosMessage<T> => Subscribe<T>(topic, null, qos);

    public IRosTimer CreateTimer(TimeSpan period, Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ThrowIfDisposed();
        var timer = new RosTimer(Clock, period, callback, Wake, Forget);
        return Track(timer);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        IDisposable[] entities;
        lock (_gate)
        {
            entities = [.. _entities];
        }

        foreach (var entity in entities)
        {
            entity.Dispose();
        }

        _context.Transport.UnregisterNode(Identity);
        _context.Forget(this);
    }

    /// <summary>Resolves <paramref name="topic"/> for this node, as a publisher or subscription on it would.</summary>
    internal string ResolveTopic(string topic) => _remapper.ResolveTopic(topic);

    private ISubscription<T> Subscribe<T>(string topic, Action<T>? callback, QosProfile? qos)
        where T : IRosMessage<T>
    {
        var (description, profile) = Describe<T>(topic, qos);
        var reader = _context.Transport.CreateReader(Identity, description, profile);
        var dropLog = new DropLog(Logger, description.RosTopic, T.TypeInfo.RosName, _context.TimeProvider);
        return Track(new Subscription<T>(reader, description.RosTopic, profile, callback, Wake, dropLog, Forget));
    }

    private (TopicDescription Description, QosProfile Qos) Describe<T>(string topic, QosProfile? qos)
        where T : IRosMessage<T>
    {
        ThrowIfDisposed();
        return (new TopicDescription(_remapper.ResolveTopic(topic), T.TypeInfo), qos ?? QosProfile.Default);
    }

    private TEntity Track<TEntity>(TEntity entity)
        where TEntity : IDisposable
    {
        lock (_gate)
        {
            _entities.Add(entity);
            if (entity is IExecutable executable)
            {
                Volatile.Write(ref _executables, [.. _executables, executable]);
            }
        }

        return entity;
    }

    private void Forget(IDisposable entity)
    {
        lock (_gate)
        {
            _entities.Remove(entity);
            if (entity is IExecutable executable)
            {
                Volatile.Write(ref _executables, [.. _executables.Where(e => e != executable)]);
            }
        }
    }

    private void ThrowIfDisposed()
    {
        if (IsDisposed)
        {
            throw new RosException(RosErrorCode.Disposed, $"Node '{FullyQualifiedName}' was disposed; create a new node.");
        }
    }
}
