using System.Numerics;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Canonicalization;

/// <summary>
/// Builds the body frame from the shoulders and one joint above or below them. Points are in a
/// right-handed source frame: metres for 3D, and for 2D the image as an optical frame (u right, v down,
/// w into the scene) with w = 0, so that a 2D frame is a proper rotation too: its forward axis is -w
/// for a person facing the camera and +w for one facing away. Runs in the real-time path: no allocation.
/// </summary>
internal static class BodyFrameSolver
{
    // An up vector shorter than this fraction of the shoulder width (after removing its component along
    // the shoulders) is too short to trust; the next candidate is tried.
    private const float MinUpFraction = 0.25f;

    public static FrameRejection Solve(
        SkeletonSpace space, ReadOnlySpan<Vector3> points, ReadOnlySpan<bool> present, out BodyFrame frame)
    {
        frame = BodyFrame.Identity;
        var left = points[(int)CanonicalJoint.LeftShoulder];
        var right = points[(int)CanonicalJoint.RightShoulder];
        var origin = (left + right) * 0.5f;
        var across = left - right;
        var width = across.Length();
        var ey = across / width;
        if (!TryUp(points, present, origin, ey, width, out var up))
        {
            return FrameRejection.NoUpReference;
        }

        Vector3 ez;
        if (space == SkeletonSpace.Body3D)
        {
            ez = Vector3.Normalize(up);
        }
        else
        {
            // In the image plane the body's up is one of the two perpendiculars of the shoulder line:
            // the one on the side of the head (the image's v axis points down, so no sign is assumed).
            var perpendicular = new Vector3(-ey.Y, ey.X, 0f);
            ez = Vector3.Dot(perpendicular, up) >= 0f ? perpendicular : -perpendicular;
        }

        var ex = Vector3.Cross(ey, ez);
        var rotation = new Matrix4x4(
            ex.X, ex.Y, ex.Z, 0f,
            ey.X, ey.Y, ey.Z, 0f,
            ez.X, ez.Y, ez.Z, 0f,
            0f, 0f, 0f, 1f);
        frame = new BodyFrame(origin, Quaternion.Normalize(Quaternion.CreateFromRotationMatrix(rotation)), width);
        return FrameRejection.None;
    }

    private static bool TryUp(
        ReadOnlySpan<Vector3> points, ReadOnlySpan<bool> present, Vector3 origin, Vector3 ey, float width, out Vector3 up)
    {
        // Candidates in order of reliability: neck over torso, head over torso, head over neck, head over
        // the shoulder midpoint, the shoulder midpoint over the torso.
        return TryPair(points, present, CanonicalJoint.Neck, CanonicalJoint.Torso, ey, width, out up)
            || TryPair(points, present, CanonicalJoint.Head, CanonicalJoint.Torso, ey, width, out up)
            || TryPair(points, present, CanonicalJoint.Head, CanonicalJoint.Neck, ey, width, out up)
            || (present[(int)CanonicalJoint.Head] && TryVector(points[(int)CanonicalJoint.Head] - origin, ey, width, out up))
            || (present[(int)CanonicalJoint.Torso] && TryVector(origin - points[(int)CanonicalJoint.Torso], ey, width, out up));
    }

    private static bool TryPair(
        ReadOnlySpan<Vector3> points, ReadOnlySpan<bool> present, CanonicalJoint top, CanonicalJoint bottom, Vector3 ey, float width, out Vector3 up)
    {
        up = default;
        return present[(int)top] && present[(int)bottom] && TryVector(points[(int)top] - points[(int)bottom], ey, width, out up);
    }

    private static bool TryVector(Vector3 candidate, Vector3 ey, float width, out Vector3 up)
    {
        up = candidate - (Vector3.Dot(candidate, ey) * ey);
        return up.Length() >= MinUpFraction * width;
    }
}
