using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Inspection;

/// <summary>A recording read for inspection: frames per person, labelled segments, counts, notes.</summary>
internal sealed record RecordingContent(
    IReadOnlyDictionary<string, IReadOnlyList<CanonicalSkeleton>> People,
    IReadOnlyList<InspectedSegment> Segments,
    RejectionCounts Rejections,
    IReadOnlyList<string> Notes);
