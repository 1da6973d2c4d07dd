using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Datasets.Sbu;

/// <summary>
/// One pre-cut SBU clip: two persons performing one interaction class, both as canonical 3D skeletons
/// (frame-synchronous; a frame one person's skeleton fails on stays in place, untracked, and is counted).
/// </summary>
public sealed class SbuClip
{
    internal SbuClip(string filePath, string set, SbuInteraction interaction, string take, IReadOnlyList<int> frameIds, IReadOnlyList<IReadOnlyList<CanonicalSkeleton>> persons, RejectionCounts rejections)
    {
        FilePath = filePath;
        Set = set;
        Interaction = interaction;
        Take = take;
        FrameIds = frameIds;
        Persons = persons;
        Rejections = rejections;
    }

    /// <summary>The clip's skeleton_pos.txt.</summary>
    public string FilePath { get; }

    /// <summary>The participant pair's folder, e.g. <c>s01s02</c>.</summary>
    public string Set { get; }

    /// <summary>The two participants of the set, e.g. <c>s01</c> and <c>s02</c>; splits hold out every clip of a participant.</summary>
    public IReadOnlyList<string> Subjects => [Set[..3], Set[3..]];

    /// <summary>The interaction class (the whole clip is this class).</summary>
    public SbuInteraction Interaction { get; }

    /// <summary>The take folder, e.g. <c>001</c>.</summary>
    public string Take { get; }

    /// <summary>The file's frame numbers (consecutive).</summary>
    public IReadOnlyList<int> FrameIds { get; }

    /// <summary>Person A (columns 2-46) and person B (columns 47-91), one skeleton per frame each.</summary>
    public IReadOnlyList<IReadOnlyList<CanonicalSkeleton>> Persons { get; }

    /// <summary>Frames that could not be canonicalised, per reason (both persons together).</summary>
    public RejectionCounts Rejections { get; }

    /// <summary>Number of frames.</summary>
    public int FrameCount => FrameIds.Count;

    /// <summary>A short name, e.g. <c>s01s02/05/001</c>.</summary>
    public string Name => $"{Set}/{(int)Interaction:D2}/{Take}";

    /// <inheritdoc/>
    public override string ToString() => Name;
}
