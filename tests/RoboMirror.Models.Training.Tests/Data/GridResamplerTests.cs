using System.Numerics;
using RoboMirror.Models.Features;
using RoboMirror.Models.Training.Data;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Models.Training.Tests.Data;

public sealed class GridResamplerTests
{
    [Fact]
    public void Resample_IrregularStream_MatchesRuntimeWindow()
    {
        var times = new[] { 0.0, 0.031, 0.07, 0.095, 0.14, 0.16, 0.21, 0.25, 0.29, 0.33, 0.36, 0.41 };
        var stream = times.Select((t, i) => Skeleton(t, i)).ToList();

        var grid = GridResampler.Resample(stream, rateHz: 20, out var frames);

        // The runtime's window over the whole stream ends at 0.41 s; the grid's frames sit at 0.00, 0.05, ...
        // so compare the grid with a runtime window whose last instant is a grid instant (0.40 s).
        Assert.Equal(9, frames);
        var window = new ObservationWindow(frames: 8, rateHz: 20);
        foreach (var skeleton in stream.Where(s => s.Timestamp.TotalSeconds <= 0.40))
        {
            window.Add(skeleton);
        }

        window.Add(Interpolated(stream, 0.40));
        var values = new float[window.Length];
        window.Fill(values);
        for (var g = 0; g < 8; g++)
        {
            var expected = grid.AsSpan((g + 1) * SkeletonFeatures.Count, SkeletonFeatures.Count).ToArray();
            var actual = values.AsSpan(g * SkeletonFeatures.Count, SkeletonFeatures.Count).ToArray();
            for (var v = 0; v < expected.Length; v++)
            {
                Assert.Equal(expected[v], actual[v], 4);
            }
        }
    }

    [Fact]
    public void Resample_Empty_Throws()
    {
        Assert.Throws<ArgumentException>(() => GridResampler.Resample([], 20, out _));
    }

    private static CanonicalSkeleton Interpolated(List<CanonicalSkeleton> stream, double t)
    {
        var after = stream.First(s => s.Timestamp.TotalSeconds >= t);
        var before = stream.Last(s => s.Timestamp.TotalSeconds <= t);
        var fraction = (float)((t - before.Timestamp.TotalSeconds) / (after.Timestamp.TotalSeconds - before.Timestamp.TotalSeconds));
        var result = new CanonicalSkeleton(SkeletonSpace.Body3D) { Timestamp = TimeSpan.FromSeconds(t) };
        foreach (var joint in CanonicalJoints.All)
        {
            result.Set(joint, Vector3.Lerp(before.Position(joint), after.Position(joint), fraction), 1f);
        }

        return result;
    }

    private static CanonicalSkeleton Skeleton(double t, int i)
    {
        var skeleton = new CanonicalSkeleton(SkeletonSpace.Body3D) { Timestamp = TimeSpan.FromSeconds(t) };
        foreach (var joint in CanonicalJoints.All)
        {
            skeleton.Set(joint, new Vector3(MathF.Sin(i * 0.3f + (int)joint), 0.1f * i, (int)joint), 1f);
        }

        return skeleton;
    }
}
