using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Models.Features;

/// <summary>
/// The per-frame input of the observation encoder: for each canonical joint in index order its body-frame
/// position (x forward, y left, z up; unit = shoulder width) and its confidence. An untracked joint is
/// (0, 0, 0, 0). A 2D skeleton has x = 0. Layout name <see cref="Layout"/>.
/// </summary>
public static class SkeletonFeatures
{
    /// <summary>Values per joint: x, y, z, confidence.</summary>
    public const int PerJoint = 4;

    /// <summary>Values per frame.</summary>
    public const int Count = CanonicalJoints.Count * PerJoint;

    /// <summary>The layout name written into the model's metadata.</summary>
    public const string Layout = "canonical9-xyzc";

    /// <summary>Writes the features of <paramref name="skeleton"/> into <paramref name="frame"/> (length <see cref="Count"/>).</summary>
    public static void Write(CanonicalSkeleton skeleton, Span<float> frame)
    {
        ArgumentNullException.ThrowIfNull(skeleton);
        if (frame.Length != Count)
        {
            throw new ArgumentException($"A feature frame holds {Count} values, the span has {frame.Length}.", nameof(frame));
        }

        // An index loop: foreach over the IReadOnlyList would allocate an enumerator per frame.
        for (var j = 0; j < CanonicalJoints.Count; j++)
        {
            var joint = (CanonicalJoint)j;
            var offset = (int)joint * PerJoint;
            var confidence = skeleton.Confidence(joint);
            if (confidence <= 0f)
            {
                frame.Slice(offset, PerJoint).Clear();
                continue;
            }

            if (skeleton.Space == SkeletonSpace.Body3D)
            {
                var p = skeleton.Position(joint);
                frame[offset] = p.X;
                frame[offset + 1] = p.Y;
                frame[offset + 2] = p.Z;
            }
            else
            {
                var p = skeleton.PlanarPosition(joint);
                frame[offset] = 0f;
                frame[offset + 1] = p.X;
                frame[offset + 2] = p.Y;
            }

            frame[offset + 3] = confidence;
        }
    }

    /// <summary>
    /// Interpolates between two feature frames at <paramref name="fraction"/> in [0, 1]. A joint tracked in
    /// both is interpolated linearly; otherwise the nearer frame's joint is taken as it is, so an untracked
    /// joint never drags a tracked one towards the origin.
    /// </summary>
    public static void Interpolate(ReadOnlySpan<float> before, ReadOnlySpan<float> after, float fraction, Span<float> output)
    {
        for (var j = 0; j < CanonicalJoints.Count; j++)
        {
            var offset = j * PerJoint;
            var bothTracked = before[offset + 3] > 0f && after[offset + 3] > 0f;
            if (bothTracked)
            {
                for (var v = 0; v < PerJoint; v++)
                {
                    output[offset + v] = before[offset + v] + ((after[offset + v] - before[offset + v]) * fraction);
                }
            }
            else
            {
                var nearer = fraction < 0.5f ? before : after;
                nearer.Slice(offset, PerJoint).CopyTo(output.Slice(offset, PerJoint));
            }
        }
    }
}
