namespace RoboMirror.Hardware.Retargeting;

/// <summary>What one retargeted frame did.</summary>
/// <param name="Tracked">False when the driving arm was not tracked in the frame: the previous target is held.</param>
/// <param name="Clamped">True when the hand target was moved into the robot's reachable shell.</param>
/// <param name="TrackingError">Distance (m) between the filtered hand target and where the (limited) joint targets put the flange: IK error plus the lag the joints' limits impose.</param>
/// <param name="Outlier">True when the hand position was implausible (too far from the shoulder, or moved faster than a hand can) and was ignored.</param>
public readonly record struct RetargetResult(bool Tracked, bool Clamped, double TrackingError, bool Outlier = false);
