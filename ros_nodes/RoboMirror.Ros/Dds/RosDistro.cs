namespace RoboMirror.Ros.Dds;

/// <summary>
/// The ROS 2 distribution whose wire details to follow where they differ. Today that is the Gid in
/// <c>ros_discovery_info</c>: 24 bytes in Humble, 16 in Jazzy and later.
/// </summary>
public enum RosDistro
{
    /// <summary>Humble Hawksbill (2022): 24-byte Gid, no type hash in endpoint USER_DATA.</summary>
    Humble,

    /// <summary>Jazzy Jalisco (2024), the default: 16-byte Gid, <c>typehash=RIHS01_…;</c> in endpoint USER_DATA.</summary>
    Jazzy,
}
