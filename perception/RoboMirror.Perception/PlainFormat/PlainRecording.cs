using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Segmentation;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.PlainFormat;

/// <summary>A plain-format recording (docs/skeleton-plain-format.md) as canonical skeletons.</summary>
public sealed class PlainRecording
{
    internal PlainRecording(string filePath, SkeletonSpace space, IReadOnlyList<CanonicalSkeleton> frames, IReadOnlyList<PlainSegment> segments, RejectionCounts rejections)
    {
        FilePath = filePath;
        Space = space;
        Frames = frames;
        Segments = segments;
        Rejections = rejections;
    }

    /// <summary>The file read.</summary>
    public string FilePath { get; }

    /// <summary>2D or 3D, from the header (a <c>_z</c> column makes it 3D).</summary>
    public SkeletonSpace Space { get; }

    /// <summary>Accepted rows in file order, each with its person id and timestamp.</summary>
    public IReadOnlyList<CanonicalSkeleton> Frames { get; }

    /// <summary>Runs of consecutive rows of one person with the same non-empty label.</summary>
    public IReadOnlyList<PlainSegment> Segments { get; }

    /// <summary>Rows rejected (NaN, absurd values, failed canonicalisation), per reason.</summary>
    public RejectionCounts Rejections { get; }
}

/// <summary>A labelled stretch of one person's rows.</summary>
public sealed record PlainSegment(string PersonId, string Label, ActivitySegment Span);
