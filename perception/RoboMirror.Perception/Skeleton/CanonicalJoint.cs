namespace RoboMirror.Perception.Skeleton;

/// <summary>
/// The joints of the canonical upper-body skeleton that every source is mapped onto. "Hand" is the
/// most distal arm point a source offers: the wrist for COCO-18 (ROS4HRI), the hand for Kinect v1,
/// OpenNI and the Bütepage recordings. Left and right are the person's own.
/// </summary>
public enum CanonicalJoint
{
    Head = 0,
    Neck = 1,
    Torso = 2,
    LeftShoulder = 3,
    LeftElbow = 4,
    LeftHand = 5,
    RightShoulder = 6,
    RightElbow = 7,
    RightHand = 8,
}

/// <summary>Facts about <see cref="CanonicalJoint"/>.</summary>
public static class CanonicalJoints
{
    /// <summary>Number of canonical joints.</summary>
    public const int Count = 9;

    /// <summary>All joints in index order.</summary>
    public static IReadOnlyList<CanonicalJoint> All { get; } = Enum.GetValues<CanonicalJoint>();

    /// <summary>The snake_case name used in files and messages, e.g. <c>left_hand</c>.</summary>
    public static string Name(CanonicalJoint joint) => joint switch
    {
        CanonicalJoint.Head => "head",
        CanonicalJoint.Neck => "neck",
        CanonicalJoint.Torso => "torso",
        CanonicalJoint.LeftShoulder => "left_shoulder",
        CanonicalJoint.LeftElbow => "left_elbow",
        CanonicalJoint.LeftHand => "left_hand",
        CanonicalJoint.RightShoulder => "right_shoulder",
        CanonicalJoint.RightElbow => "right_elbow",
        CanonicalJoint.RightHand => "right_hand",
        _ => throw new ArgumentOutOfRangeException(nameof(joint), joint, "not a canonical joint"),
    };

    /// <summary>Parses a snake_case joint name; returns false for any other text.</summary>
    public static bool TryParse(string name, out CanonicalJoint joint)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), name, StringComparison.Ordinal))
            {
                joint = candidate;
                return true;
            }
        }

        joint = default;
        return false;
    }
}
