using RoboMirror.Perception.Segmentation;

namespace RoboMirror.Perception.Tests.Segmentation;

public sealed class ActivitySegmenterTests
{
    private static readonly SegmenterOptions Options = new()
    {
        OnThreshold = 0.5f,
        OffThreshold = 0.15f,
        MinOnDuration = TimeSpan.FromMilliseconds(100),
        MinOffDuration = TimeSpan.FromMilliseconds(400),
        Smoothing = TimeSpan.Zero,
    };

    private static IEnumerable<(TimeSpan, float)> Series(params (double From, double To, float Energy)[] parts)
    {
        foreach (var (from, to, energy) in parts)
        {
            for (var t = from; t < to - 1e-9; t += 0.05)
            {
                yield return (TimeSpan.FromSeconds(t), energy);
            }
        }
    }

    [Fact]
    public void Segment_BurstOfMovement_OneSegmentDatedToTheCrossings()
    {
        var segments = ActivitySegmenter.Segment(Series((0, 1, 0f), (1, 3, 2f), (3, 5, 0f)), Options);

        var segment = Assert.Single(segments);
        Assert.Equal(1.0, segment.Start.TotalSeconds, 3);
        Assert.Equal(3.0, segment.End.TotalSeconds, 3);
    }

    [Fact]
    public void Segment_SpikeShorterThanMinOnDuration_IsIgnored()
    {
        var segments = ActivitySegmenter.Segment(Series((0, 1, 0f), (1, 1.05, 5f), (1.05, 3, 0f)), Options);

        Assert.Empty(segments);
    }

    [Fact]
    public void Segment_DipInsideHysteresisBand_DoesNotEndTheSegment()
    {
        // 0.3 is between the off (0.15) and on (0.5) thresholds: the segment holds.
        var segments = ActivitySegmenter.Segment(Series((0, 1, 2f), (1, 3, 0.3f), (3, 4, 2f), (4, 6, 0f)), Options);

        var segment = Assert.Single(segments);
        Assert.Equal(4.0, segment.End.TotalSeconds, 3);
    }

    [Fact]
    public void Segment_ShortPauseBelowOff_DoesNotSplitTheSegment()
    {
        var segments = ActivitySegmenter.Segment(Series((0, 1, 2f), (1, 1.2, 0f), (1.2, 2, 2f), (2, 4, 0f)), Options);

        Assert.Single(segments);
    }

    [Fact]
    public void Update_DecidesAfterMinOnDuration_ButDatesChangeBack()
    {
        var segmenter = new ActivitySegmenter(Options);

        Assert.Equal(ActivityChange.None, segmenter.Update(TimeSpan.FromSeconds(1.0), 2f));
        Assert.Equal(ActivityChange.None, segmenter.Update(TimeSpan.FromSeconds(1.05), 2f));
        Assert.Equal(ActivityChange.Started, segmenter.Update(TimeSpan.FromSeconds(1.1), 2f));
        Assert.Equal(TimeSpan.FromSeconds(1.0), segmenter.ChangedAt);
        Assert.True(segmenter.IsActive);
    }

    [Fact]
    public void Update_WithSmoothing_SingleSpikeStaysBelowThreshold()
    {
        var segmenter = new ActivitySegmenter(Options with { Smoothing = TimeSpan.FromMilliseconds(300) });
        segmenter.Update(TimeSpan.Zero, 0f);

        segmenter.Update(TimeSpan.FromSeconds(0.033), 2f);

        Assert.InRange(segmenter.SmoothedEnergy, 0.1f, 0.5f);
    }

    [Fact]
    public void Options_OnBelowOff_AreRefusedNamingBoth()
    {
        var error = Assert.Throws<ArgumentException>(() => new ActivitySegmenter(new SegmenterOptions { OnThreshold = 0.1f, OffThreshold = 0.2f }));

        Assert.Contains("OnThreshold = 0.1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_SlowDriftWithLowEnergy_StartsAndEndsOnlyWhenBothAreLow()
    {
        var segmenter = new ActivitySegmenter(Options with { DriftOnThreshold = 0.4f, DriftOffThreshold = 0.2f });
        var changes = new List<(int Millisecond, ActivityChange Change)>();
        for (var ms = 0; ms < 4000; ms += 50)
        {
            // Drift 0.6 from 1 s to 3 s; energy 0.3 (inside the energy band) from 2.5 s to 3.5 s.
            var drift = ms is >= 1000 and < 3000 ? 0.6f : 0.05f;
            var energy = ms is >= 2500 and < 3500 ? 0.3f : 0f;
            var change = segmenter.Update(TimeSpan.FromMilliseconds(ms), energy, drift);
            if (change != ActivityChange.None)
            {
                changes.Add(((int)segmenter.ChangedAt.TotalMilliseconds, change));
            }
        }

        // Started by drift alone at 1 s; ended only once the energy too fell below its off-threshold (3.5 s).
        Assert.Equal([(1000, ActivityChange.Started), (3500, ActivityChange.Ended)], changes);
    }

    [Fact]
    public void Update_InfiniteDriftThreshold_IgnoresDrift()
    {
        var segmenter = new ActivitySegmenter(Options with { DriftOnThreshold = float.PositiveInfinity });
        for (var t = 0.0; t < 2.0; t += 0.05)
        {
            segmenter.Update(TimeSpan.FromSeconds(t), 0f, 5f);
        }

        Assert.False(segmenter.IsActive);
    }

    [Fact]
    public void Options_DriftOnBelowDriftOff_AreRefusedNamingBoth()
    {
        var e = Assert.Throws<ArgumentException>(() => new ActivitySegmenter(Options with { DriftOnThreshold = 0.1f, DriftOffThreshold = 0.2f }));

        Assert.Contains("DriftOnThreshold = 0.1", e.Message);
        Assert.Contains("DriftOffThreshold = 0.2", e.Message);
    }
}
