using System.Numerics;

namespace RoboMirror.Perception.Skeleton;

/// <summary>
/// Offline gap filling for a recorded stream of one person (dataset replay, training data): where a
/// joint is missing for at most a given time between two observations, it is interpolated linearly in
/// the body frame; frames without a body frame (rows a reader rejected) are given one interpolated
/// between their neighbours (origin and scale linear, orientation spherical). The streaming pipeline
/// does the causal counterpart (<see cref="Streaming.PerceptionPipeline"/>).
/// </summary>
public static class SkeletonGaps
{
    /// <summary>Confidence given to a filled joint, as a fraction of the lower of its two neighbours'.</summary>
    public const float FilledConfidenceFactor = 0.5f;

    /// <summary>
    /// Fills gaps in place; frames must be in time order. Returns the number of joint samples filled.
    /// Gaps longer than <paramref name="maxGap"/> (time between the two observations) and gaps at the
    /// start or end of the stream stay untracked.
    /// </summary>
    public static int Interpolate(IReadOnlyList<CanonicalSkeleton> frames, TimeSpan maxGap)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var framed = new bool[frames.Count];
        for (var i = 0; i < frames.Count; i++)
        {
            framed[i] = HasFrame(frames[i]);
        }

        FillFrames(frames, framed, maxGap);
        var filled = 0;
        foreach (var joint in CanonicalJoints.All)
        {
            filled += FillJoint(frames, framed, joint, maxGap);
        }

        return filled;
    }

    private static bool HasFrame(CanonicalSkeleton s) =>
        s.IsTracked(CanonicalJoint.LeftShoulder) && s.IsTracked(CanonicalJoint.RightShoulder);

    private static void FillFrames(IReadOnlyList<CanonicalSkeleton> frames, bool[] framed, TimeSpan maxGap)
    {
        foreach (var (before, after) in Gaps(frames, i => framed[i], maxGap))
        {
            var a = frames[before].Frame;
            var b = frames[after].Frame;
            for (var i = before + 1; i < after; i++)
            {
                var w = Weight(frames, before, after, i);
                frames[i].Frame = new BodyFrame(
                    Vector3.Lerp(a.Origin, b.Origin, w),
                    Quaternion.Slerp(a.Orientation, b.Orientation, w),
                    a.Scale + ((b.Scale - a.Scale) * w));
                framed[i] = true;
            }
        }
    }

    private static int FillJoint(IReadOnlyList<CanonicalSkeleton> frames, bool[] framed, CanonicalJoint joint, TimeSpan maxGap)
    {
        var filled = 0;
        foreach (var (before, after) in Gaps(frames, i => framed[i] && frames[i].IsTracked(joint), maxGap))
        {
            var a = frames[before];
            var b = frames[after];
            var confidence = MathF.Min(a.Confidence(joint), b.Confidence(joint)) * FilledConfidenceFactor;
            for (var i = before + 1; i < after; i++)
            {
                if (!framed[i])
                {
                    continue;
                }

                var w = Weight(frames, before, after, i);
                frames[i].SetStored(joint, Vector3.Lerp(a.StoredPosition(joint), b.StoredPosition(joint), w), confidence);
                filled++;
            }
        }

        return filled;
    }

    /// <summary>Pairs (before, after) of indices that satisfy <paramref name="present"/> with at least one index between them that does not, at most <paramref name="maxGap"/> apart.</summary>
    private static IEnumerable<(int Before, int After)> Gaps(IReadOnlyList<CanonicalSkeleton> frames, Func<int, bool> present, TimeSpan maxGap)
    {
        var last = -1;
        for (var i = 0; i < frames.Count; i++)
        {
            if (!present(i))
            {
                continue;
            }

            if (last >= 0 && i - last > 1 && frames[i].Timestamp - frames[last].Timestamp <= maxGap)
            {
                yield return (last, i);
            }

            last = i;
        }
    }

    private static float Weight(IReadOnlyList<CanonicalSkeleton> frames, int before, int after, int i)
    {
        var span = (frames[after].Timestamp - frames[before].Timestamp).Ticks;
        return span <= 0 ? 0.5f : (float)((double)(frames[i].Timestamp - frames[before].Timestamp).Ticks / span);
    }
}
