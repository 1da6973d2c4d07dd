namespace RoboMirror.Hardware.Description;

/// <summary>One named joint of an arm and its limits (a ros2_control joint with its state and command interfaces).</summary>
/// <param name="Name">The joint name as ros2_control and <c>/joint_states</c> use it, e.g. <c>shoulder_pan_joint</c>.</param>
/// <param name="Limits">Position, velocity and acceleration limits.</param>
public sealed record JointDescription(string Name, JointLimits Limits);
