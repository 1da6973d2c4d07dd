using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Adapters;

/// <summary>Kinect SDK v1 (20 joints, metres) to a 3D canonical skeleton.</summary>
public static class KinectV1Adapter
{
    /// <summary>Number of source joints.</summary>
    public static int JointCount => SkeletonLayouts.KinectV1.JointCount;

    /// <summary>
    /// Converts one frame into <paramref name="target"/>. <paramref name="values"/>: 20 joints x (x, y, z)
    /// in metres, Kinect SDK v1 order; a joint at exactly (0, 0, 0) is untracked. <paramref
    /// name="confidences"/>: empty (all tracked) or one per joint (e.g. tracked 1, inferred 0.5).
    /// Returns why the frame was rejected, or <see cref="FrameRejection.None"/>; never throws for bad data.
    /// </summary>
    public static FrameRejection Convert(
        ReadOnlySpan<float> values,
        ReadOnlySpan<float> confidences,
        TimeSpan timestamp,
        CanonicalSkeleton target,
        string? personId = null,
        PlausibilityLimits? limits = null) =>
        SkeletonCanonicalizer.Canonicalize(SkeletonLayouts.KinectV1, values, confidences, timestamp, target, limits, personId);
}
