namespace RoboMirror.Controller.Inputs;

/// <summary>
/// The arm's state at one instant, reduced to what turn-taking and safety need.
/// </summary>
/// <param name="Time">Timestamp of the joint state.</param>
/// <param name="MaxJointSpeed">Largest absolute joint speed (rad/s).</param>
/// <param name="Executing">True while a trajectory is being executed.</param>
/// <param name="Faulted">True when the arm reports a fault.</param>
public readonly record struct ArmObservation(TimeSpan Time, double MaxJointSpeed, bool Executing, bool Faulted);
