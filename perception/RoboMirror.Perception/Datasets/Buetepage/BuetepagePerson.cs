using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Datasets.Buetepage;

/// <summary>
/// One person of a Bütepage recording: a canonical 3D skeleton per row of the file, index-aligned with
/// the other person's. Timestamps start at zero and add up each row's frame duration.
/// </summary>
public sealed class BuetepagePerson
{
    internal BuetepagePerson(int user, string filePath, IReadOnlyList<CanonicalSkeleton> frames, bool leftArmUntracked, bool rightArmUntracked, RejectionCounts rejections)
    {
        User = user;
        FilePath = filePath;
        Frames = frames;
        LeftArmUntracked = leftArmUntracked;
        RightArmUntracked = rightArmUntracked;
        Rejections = rejections;
    }

    /// <summary>1 for user_1, 2 for user_2.</summary>
    public int User { get; }

    /// <summary>The file the frames come from.</summary>
    public string FilePath { get; }

    /// <summary>
    /// One skeleton per row. A row that could not be canonicalised stays in place as a skeleton with no
    /// tracked joint (and is counted in <see cref="Rejections"/>) so that both persons stay frame-synchronous.
    /// </summary>
    public IReadOnlyList<CanonicalSkeleton> Frames { get; }

    /// <summary>
    /// True when the left arm was not tracked in this file (a placeholder hanging straight down): the left
    /// elbow and hand are then untracked (confidence 0) and the left shoulder, kept for the body frame,
    /// has confidence 0.5.
    /// </summary>
    public bool LeftArmUntracked { get; }

    /// <summary>As <see cref="LeftArmUntracked"/>, for the right arm.</summary>
    public bool RightArmUntracked { get; }

    /// <summary>Rows that could not be canonicalised, per reason.</summary>
    public RejectionCounts Rejections { get; }
}
