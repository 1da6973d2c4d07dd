namespace RoboMirror.Hardware.Kinematics;

/// <summary>How a Cartesian solve ended.</summary>
/// <param name="Converged">True when both errors fell below the tolerances.</param>
/// <param name="Iterations">Iterations used.</param>
/// <param name="PositionError">Remaining position error, metres.</param>
/// <param name="OrientationError">Remaining orientation error, radians (0 for position-only solves).</param>
public readonly record struct InverseKinematicsResult(bool Converged, int Iterations, double PositionError, double OrientationError);
