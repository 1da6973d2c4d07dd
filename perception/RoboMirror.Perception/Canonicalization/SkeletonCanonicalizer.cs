using System.Numerics;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Canonicalization;

/// <summary>
/// Turns one frame of any <see cref="SkeletonLayout"/> into a <see cref="CanonicalSkeleton"/>: picks the
/// canonical joints, converts units and handedness, checks plausibility, builds the body frame and
/// expresses every joint in it. Never throws for bad data: it returns the reason and leaves the target
/// untouched. Real-time safe: no allocation.
/// </summary>
public static class SkeletonCanonicalizer
{
    /// <summary>
    /// Canonicalises one frame. <paramref name="values"/> holds <see cref="SkeletonLayout.ValuesPerJoint"/>
    /// floats per source joint. For 3D layouts <paramref name="confidences"/> is empty (every joint that
    /// is not exactly (0, 0, 0) counts as tracked with confidence 1) or holds one value per source joint;
    /// 2D layouts carry confidence in their third value.
    /// </summary>
    public static FrameRejection Canonicalize(
        SkeletonLayout layout,
        ReadOnlySpan<float> values,
        ReadOnlySpan<float> confidences,
        TimeSpan timestamp,
        CanonicalSkeleton target,
        PlausibilityLimits? limits = null,
        string? personId = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(target);
        limits ??= PlausibilityLimits.Default;
        if (values.Length != layout.JointCount * layout.ValuesPerJoint
            || (confidences.Length != 0 && confidences.Length != layout.JointCount))
        {
            return FrameRejection.WrongValueCount;
        }

        Span<Vector3> points = stackalloc Vector3[CanonicalJoints.Count];
        Span<float> confidence = stackalloc float[CanonicalJoints.Count];
        Span<bool> present = stackalloc bool[CanonicalJoints.Count];
        for (var j = 0; j < CanonicalJoints.Count; j++)
        {
            var (first, second) = layout.SourceOf((CanonicalJoint)j);
            var rejection = Gather(layout, values, confidences, limits, first, out points[j], out confidence[j], out present[j]);
            if (rejection == FrameRejection.None && second >= 0 && present[j])
            {
                rejection = Gather(layout, values, confidences, limits, second, out var other, out var otherConfidence, out var otherPresent);
                points[j] = (points[j] + other) * 0.5f;
                confidence[j] = MathF.Min(confidence[j], otherConfidence);
                present[j] = otherPresent;
            }

            if (rejection != FrameRejection.None)
            {
                return rejection;
            }
        }

        if (!present[(int)CanonicalJoint.LeftShoulder] || !present[(int)CanonicalJoint.RightShoulder])
        {
            return FrameRejection.ShouldersMissing;
        }

        var width = Vector3.Distance(points[(int)CanonicalJoint.LeftShoulder], points[(int)CanonicalJoint.RightShoulder]);
        var widthOk = layout.Space == SkeletonSpace.Body3D
            ? width >= limits.MinShoulderWidthMetres && width <= limits.MaxShoulderWidthMetres
            : width >= limits.MinShoulderWidthImage;
        if (!widthOk)
        {
            return FrameRejection.ImplausibleShoulderWidth;
        }

        var frameRejection = BodyFrameSolver.Solve(layout.Space, points, present, out var frame);
        if (frameRejection != FrameRejection.None)
        {
            return frameRejection;
        }

        target.Reset(layout.Space);
        target.Timestamp = timestamp;
        target.PersonId = personId ?? string.Empty;
        target.Frame = frame;
        for (var j = 0; j < CanonicalJoints.Count; j++)
        {
            if (!present[j])
            {
                continue;
            }

            var body = frame.ToBody(points[j]);
            if (layout.Space == SkeletonSpace.Body3D)
            {
                target.Set((CanonicalJoint)j, body, confidence[j]);
            }
            else
            {
                target.SetPlanar((CanonicalJoint)j, new Vector2(body.Y, body.Z), confidence[j]);
            }
        }

        return FrameRejection.None;
    }

    private static FrameRejection Gather(
        SkeletonLayout layout,
        ReadOnlySpan<float> values,
        ReadOnlySpan<float> confidences,
        PlausibilityLimits limits,
        int index,
        out Vector3 point,
        out float confidence,
        out bool present)
    {
        point = default;
        confidence = 0f;
        present = false;
        if (index < 0)
        {
            return FrameRejection.None;
        }

        var x = values[index * 3];
        var y = values[(index * 3) + 1];
        var third = values[(index * 3) + 2];
        if (layout.Space == SkeletonSpace.Image2D)
        {
            confidence = third;
            if (!float.IsFinite(confidence))
            {
                return FrameRejection.NonFinite;
            }

            present = confidence >= limits.MinConfidence && confidence > 0f;
            if (!present)
            {
                return FrameRejection.None;
            }

            if (!float.IsFinite(x) || !float.IsFinite(y))
            {
                return FrameRejection.NonFinite;
            }

            var low = -limits.ImageMargin;
            var high = 1f + limits.ImageMargin;
            if (x < low || x > high || y < low || y > high)
            {
                return FrameRejection.AbsurdCoordinate;
            }

            confidence = MathF.Min(confidence, 1f);
            point = new Vector3(x, y, 0f);
            return FrameRejection.None;
        }

        confidence = confidences.Length == 0 ? 1f : confidences[index];
        if (!float.IsFinite(confidence))
        {
            return FrameRejection.NonFinite;
        }

        present = confidence >= limits.MinConfidence && confidence > 0f && !(x == 0f && y == 0f && third == 0f);
        if (!present)
        {
            return FrameRejection.None;
        }

        if (!float.IsFinite(x) || !float.IsFinite(y) || !float.IsFinite(third))
        {
            return FrameRejection.NonFinite;
        }

        var scale = layout.MetresPerUnit;
        point = new Vector3(layout.LeftHanded ? -x * scale : x * scale, y * scale, third * scale);
        var max = limits.MaxCoordinateMetres;
        if (MathF.Abs(point.X) > max || MathF.Abs(point.Y) > max || MathF.Abs(point.Z) > max)
        {
            return FrameRejection.AbsurdCoordinate;
        }

        confidence = MathF.Min(confidence, 1f);
        return FrameRejection.None;
    }
}
