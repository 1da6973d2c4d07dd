using System.Numerics;

namespace RoboMirror.Controller.Inputs;

/// <summary>
/// What perception says about the partner at one instant, as the controller needs it.
/// </summary>
/// <param name="Time">When the skeleton frame was observed, on the session clock.</param>
/// <param name="Present">False when the partner is not in view (or was lost).</param>
/// <param name="Moving">The activity segmenter's verdict (motion energy with hysteresis).</param>
/// <param name="MotionEnergy">Motion energy of both arms (perception's units), for logs and evidence.</param>
/// <param name="LeftHand">Left hand in the robot's base frame (metres), when the camera-to-robot transform is known and the joint is tracked.</param>
/// <param name="RightHand">Right hand in the robot's base frame (metres), when known.</param>
/// <param name="HandDrift">The larger hand drift (perception's units: shoulder widths per second), for logs and evidence.</param>
public readonly record struct PartnerObservation(
    TimeSpan Time,
    bool Present,
    bool Moving,
    double MotionEnergy,
    Vector3? LeftHand = null,
    Vector3? RightHand = null,
    double HandDrift = 0);
