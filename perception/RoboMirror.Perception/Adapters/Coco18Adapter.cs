using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Adapters;

/// <summary>
/// ROS4HRI hri_msgs/Skeleton2D (COCO-18, normalised image coordinates) to a 2D canonical skeleton. Takes
/// plain values, so Perception needs no ROS types.
/// </summary>
public static class Coco18Adapter
{
    /// <summary>Number of source joints.</summary>
    public static int JointCount => SkeletonLayouts.Coco18.JointCount;

    /// <summary>
    /// Converts one frame into <paramref name="target"/>. <paramref name="values"/>: 18 points x (x, y, c)
    /// in COCO order, x and y in [0, 1] from the image's top-left, c the point's confidence (below
    /// <see cref="PlausibilityLimits.MinConfidence"/> = missing). Normalised x and y are fractions of the
    /// image's width and height; <paramref name="imageAspect"/> (width / height, e.g. 16/9) makes the
    /// two axes the same unit (image widths) before the body frame is built, so that shoulder width and
    /// angles are not distorted. Returns why the frame was rejected, or <see cref="FrameRejection.None"/>;
    /// never throws for bad data.
    /// </summary>
    public static FrameRejection Convert(
        ReadOnlySpan<float> values,
        TimeSpan timestamp,
        CanonicalSkeleton target,
        string? personId = null,
        PlausibilityLimits? limits = null,
        float imageAspect = 1f)
    {
        if (!(imageAspect > 0f) || !float.IsFinite(imageAspect))
        {
            throw new ArgumentOutOfRangeException(nameof(imageAspect), imageAspect, "The image aspect (width / height) must be a positive number, e.g. 1.7778 for 16:9.");
        }

        if (imageAspect == 1f || values.Length != JointCount * 3)
        {
            return SkeletonCanonicalizer.Canonicalize(SkeletonLayouts.Coco18, values, ReadOnlySpan<float>.Empty, timestamp, target, limits, personId);
        }

        Span<float> isotropic = stackalloc float[JointCount * 3];
        values.CopyTo(isotropic);
        for (var i = 1; i < isotropic.Length; i += 3)
        {
            isotropic[i] /= imageAspect;
        }

        return SkeletonCanonicalizer.Canonicalize(SkeletonLayouts.Coco18, isotropic, ReadOnlySpan<float>.Empty, timestamp, target, limits, personId);
    }
}
