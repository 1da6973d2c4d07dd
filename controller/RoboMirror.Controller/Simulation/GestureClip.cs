using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Controller.Simulation;

/// <summary>
/// One gesture as a partner performs it: 3D canonical skeleton frames with timestamps from 0, and where
/// in the clip the labelled movement starts and ends.
/// </summary>
/// <param name="Gesture">Gesture class, e.g. <c>waving</c>.</param>
/// <param name="Source">Where the clip comes from, e.g. <c>buetepage pair 2 rec 0</c> or <c>synthetic</c>.</param>
/// <param name="Frames">Frames in time order; timestamps relative to the clip start.</param>
/// <param name="ActivityStart">Labelled start of the movement within the clip.</param>
/// <param name="ActivityEnd">Labelled end of the movement within the clip.</param>
public sealed record GestureClip(string Gesture, string Source, IReadOnlyList<CanonicalSkeleton> Frames, TimeSpan ActivityStart, TimeSpan ActivityEnd)
{
    /// <summary>Time of the last frame.</summary>
    public TimeSpan Duration => Frames.Count == 0 ? TimeSpan.Zero : Frames[^1].Timestamp;

    /// <summary>Checks the clip; throws <see cref="ArgumentException"/> naming the clip and the problem.</summary>
    public GestureClip Validate()
    {
        if (Frames.Count < 2)
        {
            throw new ArgumentException($"Gesture clip '{Source}' has {Frames.Count} frames; at least 2 are needed.");
        }

        for (var i = 1; i < Frames.Count; i++)
        {
            if (Frames[i].Timestamp <= Frames[i - 1].Timestamp)
            {
                throw new ArgumentException($"Gesture clip '{Source}': frame {i} at {Frames[i].Timestamp} is not after frame {i - 1} at {Frames[i - 1].Timestamp}.");
            }
        }

        if (Frames.Any(f => f.Space != SkeletonSpace.Body3D))
        {
            throw new ArgumentException($"Gesture clip '{Source}' holds 2D frames; the simulated partner plays 3D skeletons.");
        }

        if (ActivityStart < TimeSpan.Zero || ActivityEnd <= ActivityStart || ActivityEnd > Duration)
        {
            throw new ArgumentException($"Gesture clip '{Source}': activity {ActivityStart}–{ActivityEnd} is not inside the clip (0–{Duration}).");
        }

        return this;
    }

    /// <summary>The frame at or just before <paramref name="t"/> (clamped to the clip).</summary>
    public CanonicalSkeleton FrameAt(TimeSpan t)
    {
        var lo = 0;
        var hi = Frames.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Frames[mid].Timestamp <= t)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return Frames[lo];
    }
}
