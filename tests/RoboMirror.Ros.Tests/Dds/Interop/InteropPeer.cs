namespace RoboMirror.Ros.Tests.Dds.Interop;

/// <summary>The foreign DDS programs the interop tests exchange messages with.</summary>
public enum InteropPeer
{
    /// <summary>Cyclone DDS C program with idlc-generated types (tests/interop/c_peer).</summary>
    CycloneC,

    /// <summary>Fast DDS 2.9 C++ program with fastddsgen-generated types (tests/interop/fastdds_peer).</summary>
    FastDds,
}
