namespace RoboMirror.Hardware.Arms;

/// <summary>Lifecycle of an arm interface, after ros2_control's hardware components.</summary>
public enum ArmLifecycleState
{
    /// <summary>Created; nothing connected.</summary>
    Unconfigured,

    /// <summary>Connected and configured; state can be read; commands are refused.</summary>
    Inactive,

    /// <summary>Accepting commands.</summary>
    Active,

    /// <summary>Something failed; the arm was told to stop; commands are refused until it is configured again.</summary>
    Faulted,
}
