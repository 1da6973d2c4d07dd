using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using RoboMirror.Ros.Dds.Native;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros.Dds.Graph;

/// <summary>
/// The ROS graph as seen from one participant. Endpoints come from Cyclone's built-in DCPSPublication
/// and DCPSSubscription topics (local endpoints included); which node owns an endpoint comes from
/// <c>ros_discovery_info</c>, which this class also publishes for the local nodes, as rmw_cyclonedds
/// does. Remote discovery samples are taken as they arrive (on Cyclone's thread) into a cache keyed by
/// participant, and dropped when DCPSParticipant reports that participant gone. Malformed samples are
/// counted and ignored.
/// </summary>
internal sealed unsafe class CycloneDdsGraph : ITransportGraph, IDisposable
{
    private readonly DdscApi _api;
    private readonly RosDistro _distro;
    private readonly UInt128 _localParticipant;
    private readonly Func<ParticipantEntitiesInfo> _localInfo;
    private readonly Lock _gate = new();
    private readonly Lock _publishGate = new();
    private readonly CycloneDdsWriter _infoWriter;
    private readonly CycloneDdsReader _infoReader;
    private readonly BuiltinTopicReader _participants;
    private readonly BuiltinTopicReader _publications;
    private readonly BuiltinTopicReader _subscriptions;
    private readonly Dictionary<UInt128, ParticipantEntitiesInfo> _remoteInfos = [];
    private readonly Dictionary<ulong, (UInt128 Guid, string UserData)> _aliveParticipants = [];
    private readonly Dictionary<ulong, RawEndpoint> _endpoints = [];
    private readonly ArrayBufferWriter<byte> _takeBuffer = new(256);
    private int _malformedSamples;

    public CycloneDdsGraph(DdscApi api, int participant, byte[] participantGuid, RosDistro distro, Func<ParticipantEntitiesInfo> localInfo)
    {
        _api = api;
        _distro = distro;
        _localParticipant = GuidKey(participantGuid);
        _localInfo = localInfo;
        // As rmw_cyclonedds does from Jazzy on, the discovery endpoints announce their type hash too.
        var typeHash = distro == RosDistro.Humble ? null : $"typehash={Messages.RmwDdsCommon.ParticipantEntitiesInfo.TypeInfo.TypeHash};";
        using (var writerQos = QosMapping.ToDds(api, QosProfile.Latched, forWriter: true, typeHash))
        {
            _infoWriter = new CycloneDdsWriter(api, participant, ParticipantEntitiesInfoCodec.DdsTopic, ParticipantEntitiesInfoCodec.DdsType, writerQos, onDispose: null);
        }

        using (var readerQos = QosMapping.ToDds(api, QosProfile.Latched.WithKeepAll(), forWriter: false, typeHash))
        {
            _infoReader = new CycloneDdsReader(api, participant, ParticipantEntitiesInfoCodec.DdsTopic, ParticipantEntitiesInfoCodec.DdsType, readerQos, onDispose: null);
        }

        _participants = new BuiltinTopicReader(api, participant, DdsConstants.BuiltinTopicDcpsParticipant, "DCPSParticipant");
        _publications = new BuiltinTopicReader(api, participant, DdsConstants.BuiltinTopicDcpsPublication, "DCPSPublication");
        _subscriptions = new BuiltinTopicReader(api, participant, DdsConstants.BuiltinTopicDcpsSubscription, "DCPSSubscription");
        _infoReader.SetDataAvailableHandler(DrainDiscoveryInfo);
    }

    /// <summary>ros_discovery_info samples that could not be decoded (and were ignored).</summary>
    public int MalformedSamples => Volatile.Read(ref _malformedSamples);

    /// <summary>Publishes the local participant's nodes and their endpoints on ros_discovery_info.</summary>
    public void PublishLocal()
    {
        lock (_publishGate)
        {
            var buffer = new ArrayBufferWriter<byte>(256);
            ParticipantEntitiesInfoCodec.Encode(_localInfo(), _distro, buffer);
            _infoWriter.Write(buffer.WrittenSpan);
        }
    }

    public IReadOnlyList<DiscoveredEndpoint> Endpoints()
    {
        lock (_gate)
        {
            Refresh();
            var owners = NodeByGid();
            var result = new List<DiscoveredEndpoint>(_endpoints.Count);
            foreach (var endpoint in _endpoints.Values)
            {
                var rosTopic = RosNames.FromDdsTopic(endpoint.DdsTopic);
                if (rosTopic is null)
                {
                    continue;
                }

                owners.TryGetValue(GuidKey(endpoint.Gid), out var node);
                result.Add(new DiscoveredEndpoint(rosTopic, RosNames.FromDdsType(endpoint.DdsType), endpoint.IsWriter, node, endpoint.Qos, endpoint.Gid));
            }

            return result;
        }
    }

    public IReadOnlyList<NodeIdentity> Nodes()
    {
        lock (_gate)
        {
            Refresh();
            return _remoteInfos.Values.SelectMany(info => info.Nodes)
                .Concat(_localInfo().Nodes)
                .Select(n => n.Node)
                .Distinct()
                .ToList();
        }
    }

    public void Dispose()
    {
        _infoReader.SetDataAvailableHandler(null);
        _infoReader.Dispose();
        _infoWriter.Dispose();
        _participants.Dispose();
        _publications.Dispose();
        _subscriptions.Dispose();
    }

    private static UInt128 GuidKey(ReadOnlySpan<byte> gid) =>
        gid.Length >= 16 ? BinaryPrimitives.ReadUInt128BigEndian(gid) : UInt128.Zero;

    private Dictionary<UInt128, NodeIdentity> NodeByGid()
    {
        var owners = new Dictionary<UInt128, NodeIdentity>();
        foreach (var info in _remoteInfos.Values.Append(_localInfo()))
        {
            foreach (var node in info.Nodes)
            {
                foreach (var gid in node.ReaderGids.Concat(node.WriterGids))
                {
                    owners[GuidKey(gid)] = node.Node;
                }
            }
        }

        return owners;
    }

    private void Refresh()
    {
        _participants.TakeAll(OnParticipant);
        _publications.TakeAll((IntPtr sample, in DdsSampleInfo info) => OnEndpoint(sample, info, isWriter: true));
        _subscriptions.TakeAll((IntPtr sample, in DdsSampleInfo info) => OnEndpoint(sample, info, isWriter: false));
    }

    private void OnParticipant(IntPtr sample, in DdsSampleInfo info)
    {
        if (info.ValidData != 0 && info.InstanceState == DdsConstants.AliveInstanceState)
        {
            var participant = (DdsBuiltinParticipant*)sample;
            _aliveParticipants[info.InstanceHandle] = (GuidKey(participant->Key), UserData(participant->Qos));
        }
        else if (info.InstanceState != DdsConstants.AliveInstanceState && _aliveParticipants.Remove(info.InstanceHandle, out var gone))
        {
            _remoteInfos.Remove(gone.Guid);
        }
    }

    private void OnEndpoint(IntPtr sample, in DdsSampleInfo info, bool isWriter)
    {
        if (info.ValidData != 0 && info.InstanceState == DdsConstants.AliveInstanceState)
        {
            var endpoint = (DdsBuiltinEndpoint*)sample;
            var topic = Marshal.PtrToStringUTF8((IntPtr)endpoint->TopicName) ?? string.Empty;
            var type = Marshal.PtrToStringUTF8((IntPtr)endpoint->TypeName) ?? string.Empty;
            var qos = QosMapping.FromDds(_api, endpoint->Qos, isWriter);
            _endpoints[info.InstanceHandle] = new RawEndpoint(topic, type, ((ReadOnlySpan<byte>)endpoint->Key).ToArray(), qos, isWriter, UserData(endpoint->Qos));
        }
        else if (info.InstanceState != DdsConstants.AliveInstanceState)
        {
            _endpoints.Remove(info.InstanceHandle);
        }
    }

    /// <summary>Runs on Cyclone's thread whenever ros_discovery_info samples arrive.</summary>
    private void DrainDiscoveryInfo()
    {
        lock (_gate)
        {
            while (true)
            {
                _takeBuffer.ResetWrittenCount();
                if (!_infoReader.TryTake(_takeBuffer, out _))
                {
                    return;
                }

                if (!ParticipantEntitiesInfoCodec.TryDecode(_takeBuffer.WrittenSpan, _distro, out var info) || info is null)
                {
                    Interlocked.Increment(ref _malformedSamples);
                    continue;
                }

                var key = GuidKey(info.ParticipantGid);
                if (key != _localParticipant)
                {
                    _remoteInfos[key] = info;
                }
            }
        }
    }

    /// <summary>USER_DATA of the endpoint with GUID <paramref name="gid"/> (e.g. <c>typehash=RIHS01_…;</c>), null when unknown.</summary>
    public string? EndpointUserData(ReadOnlySpan<byte> gid)
    {
        var key = GuidKey(gid);
        lock (_gate)
        {
            Refresh();
            return _endpoints.Values.FirstOrDefault(e => GuidKey(e.Gid) == key)?.UserData;
        }
    }

    /// <summary>USER_DATA of the participant with GUID <paramref name="guid"/> (e.g. <c>enclave=/;</c>), null when unknown.</summary>
    public string? ParticipantUserData(ReadOnlySpan<byte> guid)
    {
        var key = GuidKey(guid);
        lock (_gate)
        {
            Refresh();
            return _aliveParticipants.Values.Where(p => p.Guid == key).Select(p => p.UserData).FirstOrDefault();
        }
    }

    private string UserData(IntPtr qos)
    {
        void* value;
        nuint size;
        if (qos == IntPtr.Zero || _api.dds_qget_userdata(qos, &value, &size) == 0)
        {
            return string.Empty;
        }

        try
        {
            return value == null ? string.Empty : System.Text.Encoding.UTF8.GetString((byte*)value, (int)Math.Min(size, 4096));
        }
        finally
        {
            _api.dds_free(value);
        }
    }

    private sealed record RawEndpoint(string DdsTopic, string DdsType, byte[] Gid, QosProfile Qos, bool IsWriter, string UserData);
}
