namespace RoboMirror.Hardware.Safety;

/// <summary>Why a command was refused before it left the process.</summary>
public enum RejectionReason
{
    /// <summary>Not refused.</summary>
    None = 0,

    /// <summary>The number of values does not match the arm's joints.</summary>
    WrongSize,

    /// <summary>A value is NaN or infinite.</summary>
    NotFinite,

    /// <summary>A position lies outside the joint's range.</summary>
    PositionLimit,

    /// <summary>A velocity (given or implied by the step from the previous target) exceeds the joint's limit.</summary>
    VelocityLimit,

    /// <summary>An acceleration implied by consecutive points exceeds the joint's limit.</summary>
    AccelerationLimit,

    /// <summary>A jump from where the arm is (or was last commanded) that no allowed motion covers in time.</summary>
    Discontinuous,

    /// <summary>The arm is not active (not activated, stopped immediately, or faulted).</summary>
    NotActive,

    /// <summary>The trajectory's joint names do not match the arm's.</summary>
    JointNames,
}
