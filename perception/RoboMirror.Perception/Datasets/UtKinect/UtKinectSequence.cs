using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Datasets.UtKinect;

/// <summary>
/// One continuous UTKinect stream (one subject, one take): canonical 3D skeletons in time order and the
/// labelled actions in it. Duplicated frame ids are dropped (keeping the first) and counted.
/// </summary>
public sealed class UtKinectSequence
{
    internal UtKinectSequence(string filePath, int subject, int take, IReadOnlyList<int> frameIds, IReadOnlyList<CanonicalSkeleton> frames, IReadOnlyList<UtKinectAction> actions, IReadOnlyList<string> unlabelled, RejectionCounts rejections)
    {
        FilePath = filePath;
        Subject = subject;
        Take = take;
        FrameIds = frameIds;
        Frames = frames;
        Actions = actions;
        UnlabelledActions = unlabelled;
        Rejections = rejections;
    }

    /// <summary>The joints file.</summary>
    public string FilePath { get; }

    /// <summary>Subject 1-10; splits hold out whole subjects.</summary>
    public int Subject { get; }

    /// <summary>Take (performance) 1 or 2.</summary>
    public int Take { get; }

    /// <summary>A key naming the subject, for splits: <c>s03</c>.</summary>
    public string SubjectKey => $"s{Subject:D2}";

    /// <summary>A short name, e.g. <c>s01_e01</c>.</summary>
    public string Name => $"s{Subject:D2}_e{Take:D2}";

    /// <summary>Frame id of each kept skeleton row.</summary>
    public IReadOnlyList<int> FrameIds { get; }

    /// <summary>The kept rows as skeletons (timestamp = frame id / 30 s); a row that failed canonicalisation stays in place, untracked.</summary>
    public IReadOnlyList<CanonicalSkeleton> Frames { get; }

    /// <summary>The labelled actions with valid ranges, in label-file order.</summary>
    public IReadOnlyList<UtKinectAction> Actions { get; }

    /// <summary>Actions whose range in the label file is missing (NaN), by name.</summary>
    public IReadOnlyList<string> UnlabelledActions { get; }

    /// <summary>Rows rejected (duplicates, failed canonicalisation), per reason.</summary>
    public RejectionCounts Rejections { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
