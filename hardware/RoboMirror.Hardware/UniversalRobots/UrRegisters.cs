namespace RoboMirror.Hardware.UniversalRobots;

/// <summary>
/// The RTDE variables the UR driver uses. Outputs: the arm's state. Inputs: registers 24–29 (targets),
/// 24 (mode) and 25 (sequence) in the upper range that RTDE clients own (PolyScope 3.9 / 5.3 and later);
/// the servo program reads them.
/// </summary>
public static class UrRegisters
{
    /// <summary>Output recipe: controller time, joint positions and speeds, robot mode, safety mode, runtime state.</summary>
    public static IReadOnlyList<string> Outputs { get; } =
        ["timestamp", "actual_q", "actual_qd", "robot_mode", "safety_mode", "runtime_state"];

    /// <summary>Input register holding the servo mode (see <see cref="ServoMode"/>).</summary>
    public const int ModeRegister = 24;

    /// <summary>Input register holding a counter that increases with every package: the program's heartbeat.</summary>
    public const int SequenceRegister = 25;

    /// <summary>First of six input double registers holding the joint targets.</summary>
    public const int FirstTargetRegister = 24;

    /// <summary>Input recipe: mode, sequence, six joint targets.</summary>
    public static IReadOnlyList<string> Inputs { get; } =
    [
        $"input_int_register_{ModeRegister}",
        $"input_int_register_{SequenceRegister}",
        .. Enumerable.Range(FirstTargetRegister, 6).Select(i => $"input_double_register_{i}"),
    ];
}

/// <summary>What the servo program on the controller does with the targets (input int register 24).</summary>
public enum ServoMode
{
    /// <summary>Stop (controlled, <c>stopj</c> at the configured deceleration) and end the program.</summary>
    Exit = 0,

    /// <summary>Servo to the target registers (<c>servoj</c>).</summary>
    Servo = 1,

    /// <summary>Controlled stop and stay in the program, holding (brakes off).</summary>
    Hold = 2,

    /// <summary>Stop as fast as the arm can (<c>stopj</c> at the largest deceleration) and end the program.</summary>
    ImmediateExit = 3,
}
