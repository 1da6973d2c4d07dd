using System.Numerics;

namespace RoboMirror.Perception.Streaming;

/// <summary>
/// Where the robot is, seen from the camera: the camera-to-robot-base transform and the robot's reachable
/// workspace as a sphere in the base frame. Positions are in metres; the transform maps points of the
/// (right-handed) source frame the body frames refer to into the robot's base frame.
/// </summary>
/// <param name="CameraToRobot">Row-vector transform (System.Numerics convention: p_robot = Vector3.Transform(p_camera, CameraToRobot)).</param>
/// <param name="Centre">Centre of the reachable sphere in the robot base frame.</param>
/// <param name="Radius">Reach in metres.</param>
public readonly record struct RobotWorkspace(Matrix4x4 CameraToRobot, Vector3 Centre, float Radius)
{
    /// <summary>A point of the camera frame in the robot base frame.</summary>
    public Vector3 ToRobot(Vector3 camera) => Vector3.Transform(camera, CameraToRobot);

    /// <summary>Distance from a base-frame point to the workspace surface: negative inside, positive outside.</summary>
    public float DistanceOutside(Vector3 robot) => Vector3.Distance(robot, Centre) - Radius;
}
