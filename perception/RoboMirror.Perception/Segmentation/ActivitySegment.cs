namespace RoboMirror.Perception.Segmentation;

/// <summary>A stretch of movement (or a labelled action), start and end inclusive, on the stream's clock.</summary>
public readonly record struct ActivitySegment(TimeSpan Start, TimeSpan End)
{
    /// <summary>How long the segment lasts.</summary>
    public TimeSpan Duration => End - Start;

    /// <summary>How long two segments overlap (zero when they do not).</summary>
    public TimeSpan Overlap(ActivitySegment other)
    {
        var start = Start > other.Start ? Start : other.Start;
        var end = End < other.End ? End : other.End;
        return end > start ? end - start : TimeSpan.Zero;
    }
}

/// <summary>What a segmenter update decided.</summary>
public enum ActivityChange
{
    /// <summary>Nothing changed.</summary>
    None,

    /// <summary>Movement started (at <see cref="ActivitySegmenter.ChangedAt"/>).</summary>
    Started,

    /// <summary>Movement ended (at <see cref="ActivitySegmenter.ChangedAt"/>).</summary>
    Ended,
}
