namespace RoboMirror.Ros.Transport;

/// <summary>Which middleware carries the messages.</summary>
public enum TransportKind
{
    /// <summary>Every endpoint in this process; no native library. The default for one-process runs and tests.</summary>
    InProcess,

    /// <summary>Eclipse Cyclone DDS (Debian's <c>libddsc0debian</c>), interoperable with ROS 2 nodes and tools.</summary>
    Dds,
}
