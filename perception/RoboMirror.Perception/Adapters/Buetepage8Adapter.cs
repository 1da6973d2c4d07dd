using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Adapters;

/// <summary>
/// The Bütepage 8-joint recordings (millimetres, left-handed camera frame) to a 3D canonical skeleton.
/// </summary>
public static class Buetepage8Adapter
{
    /// <summary>Number of source joints.</summary>
    public static int JointCount => SkeletonLayouts.Buetepage8.JointCount;

    /// <summary>
    /// Converts one frame into <paramref name="target"/>. <paramref name="values"/>: 8 joints x (x, y, z)
    /// in millimetres as in the files (fields 3-26). <paramref name="confidences"/>: empty (all tracked) or
    /// one per joint.
    /// Returns why the frame was rejected, or <see cref="FrameRejection.None"/>; never throws for bad data.
    /// </summary>
    public static FrameRejection Convert(
        ReadOnlySpan<float> values,
        ReadOnlySpan<float> confidences,
        TimeSpan timestamp,
        CanonicalSkeleton target,
        string? personId = null,
        PlausibilityLimits? limits = null) =>
        SkeletonCanonicalizer.Canonicalize(SkeletonLayouts.Buetepage8, values, confidences, timestamp, target, limits, personId);
}
