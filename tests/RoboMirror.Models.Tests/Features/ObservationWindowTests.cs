using System.Numerics;
using RoboMirror.Models.Features;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Models.Tests.Features;

public sealed class ObservationWindowTests
{
    private const int HeadX = (int)CanonicalJoint.Head * SkeletonFeatures.PerJoint;

    [Fact]
    public void Fill_SourceAtTwiceTheGridRate_TakesEveryOtherFrame()
    {
        var window = new ObservationWindow(frames: 4, rateHz: 10);
        for (var i = 0; i <= 10; i++)
        {
            window.Add(Skeleton(TimeSpan.FromSeconds(i * 0.05), headX: i));
        }

        var values = new float[window.Length];
        window.Fill(values);

        // Grid instants 0.35, 0.40, 0.45, 0.50 s → source frames 7, 8, 9, 10... at 0.1 s spacing: 0.2, 0.3, 0.4, 0.5 s.
        Assert.Equal([4f, 6f, 8f, 10f], Enumerable.Range(0, 4).Select(g => values[(g * SkeletonFeatures.Count) + HeadX]));
    }

    [Fact]
    public void Fill_GridBetweenFrames_InterpolatesLinearly()
    {
        var window = new ObservationWindow(frames: 2, rateHz: 4);
        window.Add(Skeleton(TimeSpan.Zero, headX: 0f));
        window.Add(Skeleton(TimeSpan.FromSeconds(1), headX: 4f));

        var values = new float[window.Length];
        window.Fill(values);

        Assert.Equal(3f, values[HeadX], 5);
        Assert.Equal(4f, values[SkeletonFeatures.Count + HeadX], 5);
    }

    [Fact]
    public void Fill_BeforeOldestFrame_RepeatsOldestFrame()
    {
        var window = new ObservationWindow(frames: 3, rateHz: 10);
        window.Add(Skeleton(TimeSpan.FromSeconds(2), headX: 7f));

        var values = new float[window.Length];
        window.Fill(values);

        Assert.All(Enumerable.Range(0, 3), g => Assert.Equal(7f, values[(g * SkeletonFeatures.Count) + HeadX]));
    }

    [Fact]
    public void Add_OlderTimestamp_ThrowsNamingBoth()
    {
        var window = new ObservationWindow(frames: 3, rateHz: 10);
        window.Add(Skeleton(TimeSpan.FromSeconds(2), headX: 1f));

        var error = Assert.Throws<ArgumentException>(() => window.Add(Skeleton(TimeSpan.FromSeconds(1), headX: 1f)));

        Assert.Contains("must not go backwards", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fill_Empty_Throws()
    {
        var window = new ObservationWindow(frames: 3, rateHz: 10);

        Assert.Throws<InvalidOperationException>(() => window.Fill(new float[window.Length]));
    }

    [Fact]
    public void Fill_AfterManyFrames_AllocatesNothing()
    {
        var window = new ObservationWindow(frames: 32, rateHz: 20);
        var skeleton = Skeleton(TimeSpan.Zero, 0f);
        var values = new float[window.Length];
        for (var i = 0; i < 50; i++)
        {
            skeleton.Timestamp = TimeSpan.FromSeconds(i / 30d);
            window.Add(skeleton);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 50; i < 150; i++)
        {
            skeleton.Timestamp = TimeSpan.FromSeconds(i / 30d);
            window.Add(skeleton);
            window.Fill(values);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static CanonicalSkeleton Skeleton(TimeSpan time, float headX)
    {
        var skeleton = new CanonicalSkeleton(SkeletonSpace.Body3D) { Timestamp = time };
        foreach (var joint in CanonicalJoints.All)
        {
            skeleton.Set(joint, new Vector3(0f, 0.1f * (int)joint, 0.2f), 1f);
        }

        skeleton.Set(CanonicalJoint.Head, new Vector3(headX, 0f, 1f), 1f);
        return skeleton;
    }
}
