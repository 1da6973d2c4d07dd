using RoboMirror.Models.Features;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Models.Training.Data;

/// <summary>
/// Puts a recorded skeleton stream onto the model's fixed frame grid with the same feature layout and
/// interpolation rule as the runtime's <see cref="ObservationWindow"/>, so that training sees exactly what
/// the robot will see.
/// </summary>
internal static class GridResampler
{
    /// <summary>
    /// Feature frames at <c>first + g / rate</c> for g = 0.. while within the stream: [frames × features].
    /// </summary>
    public static float[] Resample(IReadOnlyList<CanonicalSkeleton> stream, double rateHz, out int frames)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.Count == 0)
        {
            throw new ArgumentException("The stream holds no skeleton.", nameof(stream));
        }

        var raw = new float[stream.Count * SkeletonFeatures.Count];
        for (var i = 0; i < stream.Count; i++)
        {
            SkeletonFeatures.Write(stream[i], raw.AsSpan(i * SkeletonFeatures.Count, SkeletonFeatures.Count));
        }

        var first = stream[0].Timestamp.TotalSeconds;
        var duration = stream[^1].Timestamp.TotalSeconds - first;
        frames = (int)Math.Floor((duration * rateHz) + 1e-9) + 1;
        var grid = new float[frames * SkeletonFeatures.Count];
        var cursor = 0;
        for (var g = 0; g < frames; g++)
        {
            var t = first + (g / rateHz);
            while (cursor < stream.Count - 1 && stream[cursor + 1].Timestamp.TotalSeconds <= t)
            {
                cursor++;
            }

            var output = grid.AsSpan(g * SkeletonFeatures.Count, SkeletonFeatures.Count);
            var before = raw.AsSpan(cursor * SkeletonFeatures.Count, SkeletonFeatures.Count);
            var t0 = stream[cursor].Timestamp.TotalSeconds;
            if (cursor == stream.Count - 1 || t <= t0)
            {
                before.CopyTo(output);
                continue;
            }

            var t1 = stream[cursor + 1].Timestamp.TotalSeconds;
            var after = raw.AsSpan((cursor + 1) * SkeletonFeatures.Count, SkeletonFeatures.Count);
            SkeletonFeatures.Interpolate(before, after, (float)((t - t0) / (t1 - t0)), output);
        }

        return grid;
    }
}
