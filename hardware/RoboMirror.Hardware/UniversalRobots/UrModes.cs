namespace RoboMirror.Hardware.UniversalRobots;

/// <summary>Names of the RTDE <c>robot_mode</c> and <c>safety_mode</c> values (RTDE guide, "Robot mode" and "Safety mode").</summary>
public static class UrModes
{
    /// <summary><c>robot_mode</c> RUNNING: powered, brakes released, ready.</summary>
    public const int RobotRunning = 7;

    /// <summary><c>safety_mode</c> NORMAL.</summary>
    public const int SafetyNormal = 1;

    /// <summary><c>safety_mode</c> REDUCED (slower, still allowed to move).</summary>
    public const int SafetyReduced = 2;

    /// <summary>The name of a <c>robot_mode</c> value.</summary>
    public static string RobotMode(int mode) => mode switch
    {
        -1 => "NO_CONTROLLER",
        0 => "DISCONNECTED",
        1 => "CONFIRM_SAFETY",
        2 => "BOOTING",
        3 => "POWER_OFF",
        4 => "POWER_ON",
        5 => "IDLE",
        6 => "BACKDRIVE",
        7 => "RUNNING",
        8 => "UPDATING_FIRMWARE",
        _ => $"UNKNOWN({mode})",
    };

    /// <summary>The name of a <c>safety_mode</c> value.</summary>
    public static string SafetyMode(int mode) => mode switch
    {
        1 => "NORMAL",
        2 => "REDUCED",
        3 => "PROTECTIVE_STOP",
        4 => "RECOVERY",
        5 => "SAFEGUARD_STOP",
        6 => "SYSTEM_EMERGENCY_STOP",
        7 => "ROBOT_EMERGENCY_STOP",
        8 => "VIOLATION",
        9 => "FAULT",
        10 => "VALIDATE_JOINT_ID",
        11 => "UNDEFINED_SAFETY_MODE",
        12 => "AUTOMATIC_MODE_SAFEGUARD_STOP",
        13 => "SYSTEM_THREE_POSITION_ENABLING_STOP",
        _ => $"UNKNOWN({mode})",
    };

    /// <summary>True when the arm may move: RUNNING with NORMAL or REDUCED safety.</summary>
    public static bool CanMove(int robotMode, int safetyMode) =>
        robotMode == RobotRunning && safetyMode is SafetyNormal or SafetyReduced;
}
