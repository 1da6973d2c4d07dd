using RoboMirror.Ros.Dds.Graph;
using RoboMirror.Ros.Dds.Native;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros.Dds;

/// <summary>
/// <see cref="IRosTransport"/> over Eclipse Cyclone DDS: one DDS participant (USER_DATA
/// <c>enclave=/;</c>), one topic, writer or reader per endpoint with ROS 2's names, QoS mapping and type
/// hash (endpoint USER_DATA <c>typehash=RIHS01_…;</c>), and the node graph published on
/// <c>ros_discovery_info</c>. Create it with <see cref="CycloneDds.CreateTransport"/>.
/// </summary>
internal sealed unsafe class CycloneDdsTransport : IRosTransport
{
    /// <summary>
    /// Transports not yet disposed. At process exit they are disposed, so that Cyclone never calls back
    /// into a runtime that is shutting down and peers see the participant leave at once.
    /// </summary>
    private static readonly HashSet<CycloneDdsTransport> Live = [];

    private readonly DdscApi _api;
    private readonly CycloneDdsTransportOptions _options;
    private readonly IDisposable? _domain;
    private readonly DdsEntityHandle _participant;
    private readonly CycloneDdsGraph _graph;
    private readonly Lock _gate = new();
    private readonly Dictionary<NodeIdentity, LocalNode> _nodes = [];
    private readonly HashSet<IDisposable> _endpoints = [];
    private bool _disposed;

    public CycloneDdsTransport(CycloneDdsTransportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _api = DdscApi.Load(options.LibraryCandidates ?? CycloneDdsLibrary.DefaultCandidates());
        _domain = options.Configuration is null ? null : DomainRegistry.Acquire(_api, options.DomainId, options.Configuration);
        try
        {
            using (var qos = new DdsQos(_api))
            {
                qos.SetUserData($"enclave={options.Enclave};");
                _participant = DdsEntityHandle.Create(
                    _api, _api.dds_create_participant((uint)options.DomainId, qos.Pointer, IntPtr.Zero), $"dds_create_participant(domain {options.DomainId})");
            }

            DdsGuid guid;
            _api.Check(_api.dds_get_guid(_participant.Entity, &guid), "dds_get_guid(participant)");
            ParticipantGid = ((ReadOnlySpan<byte>)guid).ToArray();
            _graph = new CycloneDdsGraph(_api, _participant.Entity, ParticipantGid, options.Distro, LocalInfo);
            _graph.PublishLocal();
            lock (Live)
            {
                if (Live.Count == 0)
                {
                    AppDomain.CurrentDomain.ProcessExit -= DisposeLive;
                    AppDomain.CurrentDomain.ProcessExit += DisposeLive;
                }

                Live.Add(this);
            }
        }
        catch
        {
            _participant?.Dispose();
            _domain?.Dispose();
            throw;
        }
    }

    public string Name => "cyclonedds";

    public ITransportGraph Graph => _graph;

    /// <summary>The participant's 16-byte DDS GUID (the prefix of every endpoint GUID it owns).</summary>
    public byte[] ParticipantGid { get; }

    /// <summary>The library file that loaded.</summary>
    public string LibraryName => _api.LoadedName;

    /// <summary>ros_discovery_info samples from other participants that could not be decoded.</summary>
    public int MalformedDiscoverySamples => _graph.MalformedSamples;

    public void RegisterNode(NodeIdentity node)
    {
        ArgumentNullException.ThrowIfNull(node);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_nodes.TryAdd(node, new LocalNode()))
            {
                return;
            }
        }

        _graph.PublishLocal();
    }

    public void UnregisterNode(NodeIdentity node)
    {
        ArgumentNullException.ThrowIfNull(node);
        lock (_gate)
        {
            if (_disposed || !_nodes.Remove(node))
            {
                return;
            }
        }

        _graph.PublishLocal();
    }

    public ITransportWriter CreateWriter(NodeIdentity node, TopicDescription topic, QosProfile qos)
    {
        var (ddsTopic, ddsType) = Names(node, topic);
        using var ddsQos = QosMapping.ToDds(_api, qos, forWriter: true, TypeHashUserData(topic));
        var writer = new CycloneDdsWriter(_api, _participant.Entity, ddsTopic, ddsType, ddsQos, w => Forget(node, w, w.Gid, isWriter: true));
        Remember(node, writer, writer.Gid, isWriter: true);
        return writer;
    }

    public ITransportReader CreateReader(NodeIdentity node, TopicDescription topic, QosProfile qos)
    {
        var (ddsTopic, ddsType) = Names(node, topic);
        using var ddsQos = QosMapping.ToDds(_api, qos, forWriter: false, TypeHashUserData(topic));
        var reader = new CycloneDdsReader(_api, _participant.Entity, ddsTopic, ddsType, ddsQos, r => Forget(node, r, r.Gid, isWriter: false));
        Remember(node, reader, reader.Gid, isWriter: false);
        return reader;
    }

    /// <summary>The graph with what ITransportGraph does not show: discovered USER_DATA and the malformed-sample count.</summary>
    internal CycloneDdsGraph GraphInternals => _graph;

    /// <summary>
    /// A writer on a DDS topic outside ROS 2's naming (no <c>rt/</c> prefix, any type name), owned by no
    /// node; for example to publish on <c>ros_discovery_info</c> directly.
    /// </summary>
    internal ITransportWriter CreateRawWriter(string ddsTopic, string ddsType, QosProfile qos)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
        }

        using var ddsQos = QosMapping.ToDds(_api, qos, forWriter: true, userData: null);
        return new CycloneDdsWriter(_api, _participant.Entity, ddsTopic, ddsType, ddsQos, onDispose: null);
    }

    public void Dispose()
    {
        IDisposable[] endpoints;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            endpoints = [.. _endpoints];
            _endpoints.Clear();
            _nodes.Clear();
        }

        foreach (var endpoint in endpoints)
        {
            endpoint.Dispose();
        }

        _graph.Dispose();
        _participant.Dispose();
        _domain?.Dispose();
        lock (Live)
        {
            Live.Remove(this);
        }
    }

    private static void DisposeLive(object? sender, EventArgs e)
    {
        CycloneDdsTransport[] live;
        lock (Live)
        {
            live = [.. Live];
        }

        foreach (var transport in live)
        {
            transport.Dispose();
        }
    }

    /// <summary>Jazzy and later announce the type hash; Humble's rmw_cyclonedds does not.</summary>
    private string? TypeHashUserData(TopicDescription topic) =>
        _options.Distro == RosDistro.Humble || string.IsNullOrEmpty(topic.Type.TypeHash) ? null : $"typehash={topic.Type.TypeHash};";

    private (string DdsTopic, string DdsType) Names(NodeIdentity node, TopicDescription topic)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(topic);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_nodes.ContainsKey(node))
            {
                throw new InvalidOperationException(
                    $"Node '{node.FullyQualifiedName}' is not registered with the {Name} transport: call RegisterNode before creating its endpoints.");
            }
        }

        var ddsType = string.IsNullOrEmpty(topic.Type.DdsName) ? RosNames.ToDdsType(topic.Type.RosName) : topic.Type.DdsName;
        return (RosNames.ToDdsTopic(topic.RosTopic), ddsType);
    }

    private void Remember(NodeIdentity node, IDisposable endpoint, byte[] gid, bool isWriter)
    {
        lock (_gate)
        {
            if (_disposed || !_nodes.TryGetValue(node, out var local))
            {
                endpoint.Dispose();
                throw new ObjectDisposedException(Name, $"The {Name} transport or node '{node.FullyQualifiedName}' went away while the endpoint was created.");
            }

            _endpoints.Add(endpoint);
            (isWriter ? local.Writers : local.Readers).Add(gid);
        }

        _graph.PublishLocal();
    }

    private void Forget(NodeIdentity node, IDisposable endpoint, byte[] gid, bool isWriter)
    {
        lock (_gate)
        {
            if (_disposed || !_endpoints.Remove(endpoint))
            {
                return;
            }

            if (_nodes.TryGetValue(node, out var local))
            {
                (isWriter ? local.Writers : local.Readers).Remove(gid);
            }
        }

        _graph.PublishLocal();
    }

    private ParticipantEntitiesInfo LocalInfo()
    {
        lock (_gate)
        {
            var nodes = _nodes.Select(n => new NodeEntitiesInfo(n.Key, [.. n.Value.Readers], [.. n.Value.Writers])).ToList();
            return new ParticipantEntitiesInfo(ParticipantGid, nodes);
        }
    }

    private sealed class LocalNode
    {
        public List<byte[]> Readers { get; } = [];

        public List<byte[]> Writers { get; } = [];
    }
}
