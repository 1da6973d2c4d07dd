namespace RoboMirror.Hardware.UniversalRobots.Rtde;

/// <summary>
/// RTDE package types (Universal Robots, "Real-Time Data Exchange (RTDE) Guide"): the third byte of every
/// package header, after the big-endian <c>uint16</c> size.
/// </summary>
public enum RtdePackageType : byte
{
    /// <summary>'V' (86): request protocol version; payload <c>uint16</c> version; reply <c>uint8</c> accepted.</summary>
    RequestProtocolVersion = 86,

    /// <summary>'v' (118): get URControl version; reply <c>uint32</c> major, minor, bugfix, build.</summary>
    GetUrControlVersion = 118,

    /// <summary>'M' (77): text message (v2: <c>uint8</c> length + message, <c>uint8</c> length + source, <c>uint8</c> warning level).</summary>
    TextMessage = 77,

    /// <summary>'U' (85): data package; payload <c>uint8</c> recipe id followed by the recipe's fields.</summary>
    DataPackage = 85,

    /// <summary>'O' (79): setup outputs; payload <c>double</c> frequency + comma-separated names; reply <c>uint8</c> recipe id + types.</summary>
    ControlPackageSetupOutputs = 79,

    /// <summary>'I' (73): setup inputs; payload comma-separated names; reply <c>uint8</c> recipe id + types.</summary>
    ControlPackageSetupInputs = 73,

    /// <summary>'S' (83): start the synchronisation loop; reply <c>uint8</c> accepted.</summary>
    ControlPackageStart = 83,

    /// <summary>'P' (80): pause the synchronisation loop; reply <c>uint8</c> accepted.</summary>
    ControlPackagePause = 80,
}
