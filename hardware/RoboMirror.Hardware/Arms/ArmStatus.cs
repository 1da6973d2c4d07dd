namespace RoboMirror.Hardware.Arms;

/// <summary>What a lab checks before a session: the robot's mode and safety state and whether it can move.</summary>
/// <param name="RobotMode">The controller's robot mode in its own words (e.g. UR's <c>RUNNING</c>).</param>
/// <param name="SafetyMode">The controller's safety state (e.g. <c>NORMAL</c>, <c>PROTECTIVE_STOP</c>).</param>
/// <param name="Ready">True when the arm can be commanded.</param>
/// <param name="Reason">Why it is not ready (empty when ready).</param>
public sealed record ArmStatus(string RobotMode, string SafetyMode, bool Ready, string Reason);
