using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Adapters;

/// <summary>OpenNI / NiTE (15 joints, millimetres) to a 3D canonical skeleton.</summary>
public static class OpenNi15Adapter
{
    /// <summary>Number of source joints.</summary>
    public static int JointCount => SkeletonLayouts.OpenNi15.JointCount;

    /// <summary>
    /// Converts one frame into <paramref name="target"/>. <paramref name="values"/>: 15 joints x (x, y, z)
    /// in millimetres, OpenNI order; a joint at exactly (0, 0, 0) is untracked. <paramref
    /// name="confidences"/>: empty (all tracked) or one per joint.
    /// Returns why the frame was rejected, or <see cref="FrameRejection.None"/>; never throws for bad data.
    /// </summary>
    public static FrameRejection Convert(
        ReadOnlySpan<float> values,
        ReadOnlySpan<float> confidences,
        TimeSpan timestamp,
        CanonicalSkeleton target,
        string? personId = null,
        PlausibilityLimits? limits = null) =>
        SkeletonCanonicalizer.Canonicalize(SkeletonLayouts.OpenNi15, values, confidences, timestamp, target, limits, personId);
}
