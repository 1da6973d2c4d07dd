using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RoboMirror.Ros.Dds.Native;

/// <summary>dds_guid_t: 16 bytes (12-byte prefix, 4-byte entity id).</summary>
[InlineArray(16)]
internal struct DdsGuid
{
    private byte _element0;
}

/// <summary>dds_publication_matched_status_t and dds_subscription_matched_status_t (same layout).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DdsMatchedStatus
{
    public uint TotalCount;
    public int TotalCountChange;
    public uint CurrentCount;
    public int CurrentCountChange;
    public ulong LastHandle;
}

/// <summary>dds_sample_info_t (64 bytes on x86-64 with Cyclone DDS 0.10).</summary>
[StructLayout(LayoutKind.Explicit, Size = 64)]
internal struct DdsSampleInfo
{
    [FieldOffset(0)] public uint SampleState;
    [FieldOffset(4)] public uint ViewState;
    [FieldOffset(8)] public uint InstanceState;
    [FieldOffset(12)] public byte ValidData;
    [FieldOffset(16)] public long SourceTimestamp;
    [FieldOffset(24)] public ulong InstanceHandle;
    [FieldOffset(32)] public ulong PublicationHandle;
}

/// <summary>dds_builtintopic_endpoint_t: the sample type of DCPSPublication and DCPSSubscription.</summary>
[StructLayout(LayoutKind.Explicit, Size = 64)]
internal unsafe struct DdsBuiltinEndpoint
{
    [FieldOffset(0)] public DdsGuid Key;
    [FieldOffset(16)] public DdsGuid ParticipantKey;
    [FieldOffset(32)] public ulong ParticipantInstanceHandle;
    [FieldOffset(40)] public byte* TopicName;
    [FieldOffset(48)] public byte* TypeName;
    [FieldOffset(56)] public IntPtr Qos;
}

/// <summary>dds_builtintopic_participant_t: the sample type of DCPSParticipant.</summary>
[StructLayout(LayoutKind.Explicit, Size = 24)]
internal struct DdsBuiltinParticipant
{
    [FieldOffset(0)] public DdsGuid Key;
    [FieldOffset(16)] public IntPtr Qos;
}

/// <summary>ddsrt_iovec_t on Linux (struct iovec).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct IoVec
{
    public byte* Base;
    public nuint Length;
}

/// <summary>Constants from dds/ddsc/dds_public_impl.h and friends.</summary>
internal static class DdsConstants
{
    public const long Infinity = long.MaxValue;
    public const uint AnyState = 1u | 2u | 4u | 8u | 16u | 32u | 64u;
    public const uint AliveInstanceState = 16u;
    public const int BuiltinTopicDcpsParticipant = 0x7fff0001;
    public const int BuiltinTopicDcpsPublication = 0x7fff0003;
    public const int BuiltinTopicDcpsSubscription = 0x7fff0004;
    public const short DataRepresentationXcdr1 = 0;
    public const int ReliabilityBestEffort = 0;
    public const int ReliabilityReliable = 1;
    public const int DurabilityVolatile = 0;
    public const int DurabilityTransientLocal = 1;
    public const int HistoryKeepLast = 0;
    public const int HistoryKeepAll = 1;
    public const int LivelinessAutomatic = 0;
    public const int LivelinessManualByParticipant = 1;
    public const int LivelinessManualByTopic = 2;
    public const int RetcodePreconditionNotMet = -4;
}
