using System.Buffers.Binary;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RoboMirror.Ros.Qos;

namespace RoboMirror.Ros.Transport.InProcess;

/// <summary>
/// Moves serialized samples between endpoints of one process with DDS's semantics: keep-last/keep-all
/// histories, reliability and durability matching, transient-local replay to late joiners, lifespan,
/// matched counts. It never loses a sample except where the QoS says so (a full keep-last queue, an
/// expired lifespan). Data-available handlers run on the writing thread and only signal.
/// </summary>
internal sealed class InProcessTransport : IRosTransport, ITransportGraph
{
    private static int s_instances;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, InProcessTopic> _topics = new(StringComparer.Ordinal);
    private readonly List<NodeIdentity> _nodes = [];
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly int _instance = Interlocked.Increment(ref s_instances);
    private int _endpoints;
    private bool _disposed;

    public InProcessTransport(TimeProvider? clock = null, ILogger? logger = null)
    {
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
    }

    public string Name => "inprocess";

    public ITransportGraph Graph => this;

    public void RegisterNode(NodeIdentity node)
    {
        ArgumentNullException.ThrowIfNull(node);
        lock (_gate)
        {
            ThrowIfDisposed();
            _nodes.Add(node);
        }
    }

    public void UnregisterNode(NodeIdentity node)
    {
        lock (_gate)
        {
            _nodes.Remove(node);
        }
    }

    public ITransportWriter CreateWriter(NodeIdentity node, TopicDescription topic, QosProfile qos)
    {
        var (entry, endpoint) = Prepare(node, topic, qos, isWriter: true);
        var writer = new InProcessWriter(entry, endpoint, _clock);
        entry.Add(writer);
        return writer;
    }

    public ITransportReader CreateReader(NodeIdentity node, TopicDescription topic, QosProfile qos)
    {
        var (entry, endpoint) = Prepare(node, topic, qos, isWriter: false);
        var reader = new InProcessReader(entry, endpoint, _clock);
        entry.Add(reader);
        return reader;
    }

    public IReadOnlyList<DiscoveredEndpoint> Endpoints()
    {
        lock (_gate)
        {
            return [.. _topics.Values.SelectMany(t => t.Endpoints())];
        }
    }

    public IReadOnlyList<NodeIdentity> Nodes()
    {
        lock (_gate)
        {
            return [.. _nodes.Distinct()];
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _nodes.Clear();
        }
    }

    private (InProcessTopic Topic, DiscoveredEndpoint Endpoint) Prepare(NodeIdentity node, TopicDescription topic, QosProfile qos, bool isWriter)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(qos);
        lock (_gate)
        {
            ThrowIfDisposed();
            if (!_topics.TryGetValue(topic.RosTopic, out var entry))
            {
                entry = new InProcessTopic(topic.RosTopic, _logger);
                _topics.Add(topic.RosTopic, entry);
            }

            var endpoint = new DiscoveredEndpoint(topic.RosTopic, topic.Type.RosName, isWriter, node, qos, NewGid());
            return (entry, endpoint);
        }
    }

    // 16 bytes like a DDS GUID: 4 bytes of transport instance, 4 of endpoint number, the rest zero.
    private byte[] NewGid()
    {
        var gid = new byte[16];
        BinaryPrimitives.WriteInt32BigEndian(gid, _instance);
        BinaryPrimitives.WriteInt32BigEndian(gid.AsSpan(4), ++_endpoints);
        return gid;
    }

    private void ThrowIfDisposed()
    {
        if (_disposed)
        {
            throw new RosException(RosErrorCode.Disposed, "The in-process transport was disposed; create a new context (Ros2.Init) to go on.");
        }
    }
}
