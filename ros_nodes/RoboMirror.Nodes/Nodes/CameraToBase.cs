using System.Globalization;
using System.Numerics;

namespace RoboMirror.Nodes.Nodes;

/// <summary>
/// The body tracker's (camera's) pose in the robot's base frame, as the <c>camera_to_base</c> parameter gives it:
/// <c>x y z roll pitch yaw</c> (metres, radians; the rotation R = Rz(yaw) Ry(pitch) Rx(roll), as in ROS's
/// static_transform_publisher and URDF), the transform that maps a point of the camera frame into the base frame.
/// </summary>
internal static class CameraToBase
{
    /// <summary>Parses the text; throws <see cref="FormatException"/> saying what is expected.</summary>
    public static Matrix4x4 Parse(string text)
    {
        var parts = (text ?? string.Empty).Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
        var values = new double[6];
        if (parts.Length != 6 || !parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) && double.IsFinite(values[i])).All(ok => ok))
        {
            throw new FormatException($"camera_to_base is '{text}'; give six numbers: x y z (m) roll pitch yaw (rad), the camera's pose in the robot's base frame.");
        }

        var roll = Quaternion.CreateFromAxisAngle(Vector3.UnitX, (float)values[3]);
        var pitch = Quaternion.CreateFromAxisAngle(Vector3.UnitY, (float)values[4]);
        var yaw = Quaternion.CreateFromAxisAngle(Vector3.UnitZ, (float)values[5]);

        // Row vectors (System.Numerics): rotate by roll, then pitch, then yaw, then translate.
        var rotation = Quaternion.Concatenate(Quaternion.Concatenate(roll, pitch), yaw);
        return Matrix4x4.CreateFromQuaternion(rotation) * Matrix4x4.CreateTranslation((float)values[0], (float)values[1], (float)values[2]);
    }
}
