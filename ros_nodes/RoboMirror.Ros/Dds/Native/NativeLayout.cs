using System.Runtime.InteropServices;

namespace RoboMirror.Ros.Dds.Native;

/// <summary>
/// Sizes and offsets of the Cyclone DDS 0.10.2 structures (x86-64, built with DDS_HAS_SHM as Debian's
/// is) that the binding lays out by hand. The headers call these layouts unstable across versions, so
/// a test compiles tests/interop/c_peer/layout_probe.c against the installed headers and compares.
/// </summary>
internal static class NativeLayout
{
    /// <summary>sizeof(struct ddsi_serdata).</summary>
    public const int SerdataSize = 72;
    public const int SerdataRefCount = 12;
    public const int SerdataKind = 16;
    public const int SerdataType = 24;

    /// <summary>sizeof(struct ddsi_sertype).</summary>
    public const int SertypeSize = 80;
    public const int SertypeOpsCount = 14;
    public const int SerdataOpsCount = 17;

    /// <summary>sizeof(struct nn_rmsg): a received packet's payload starts right after it.</summary>
    public const int ReceiveMessageSize = 48;
    public const int FragmentNext = 8;
    public const int FragmentMin = 16;
    public const int FragmentMaxPlusOne = 20;
    public const int FragmentPayloadOffset = 26;

    /// <summary>Every value, named as layout_probe prints them.</summary>
    public static IReadOnlyDictionary<string, int> All { get; } = new Dictionary<string, int>
    {
        ["serdata.size"] = SerdataSize,
        ["serdata.refc"] = SerdataRefCount,
        ["serdata.kind"] = SerdataKind,
        ["serdata.type"] = SerdataType,
        ["sertype.size"] = SertypeSize,
        ["sertype_ops.count"] = SertypeOpsCount,
        ["serdata_ops.count"] = SerdataOpsCount,
        ["rmsg.size"] = ReceiveMessageSize,
        ["rdata.nextfrag"] = FragmentNext,
        ["rdata.min"] = FragmentMin,
        ["rdata.maxp1"] = FragmentMaxPlusOne,
        ["rdata.payload_zoff"] = FragmentPayloadOffset,
        ["sample_info.size"] = Marshal.SizeOf<DdsSampleInfo>(),
        ["sample_info.valid_data"] = (int)Marshal.OffsetOf<DdsSampleInfo>(nameof(DdsSampleInfo.ValidData)),
        ["sample_info.source_timestamp"] = (int)Marshal.OffsetOf<DdsSampleInfo>(nameof(DdsSampleInfo.SourceTimestamp)),
        ["sample_info.instance_handle"] = (int)Marshal.OffsetOf<DdsSampleInfo>(nameof(DdsSampleInfo.InstanceHandle)),
        ["sample_info.publication_handle"] = (int)Marshal.OffsetOf<DdsSampleInfo>(nameof(DdsSampleInfo.PublicationHandle)),
        ["endpoint.size"] = Marshal.SizeOf<DdsBuiltinEndpoint>(),
        ["endpoint.topic_name"] = (int)Marshal.OffsetOf<DdsBuiltinEndpoint>(nameof(DdsBuiltinEndpoint.TopicName)),
        ["endpoint.type_name"] = (int)Marshal.OffsetOf<DdsBuiltinEndpoint>(nameof(DdsBuiltinEndpoint.TypeName)),
        ["endpoint.qos"] = (int)Marshal.OffsetOf<DdsBuiltinEndpoint>(nameof(DdsBuiltinEndpoint.Qos)),
        ["participant.qos"] = (int)Marshal.OffsetOf<DdsBuiltinParticipant>(nameof(DdsBuiltinParticipant.Qos)),
    };
}
