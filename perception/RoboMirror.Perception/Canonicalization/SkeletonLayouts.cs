using RoboMirror.Perception.Skeleton;
using J = RoboMirror.Perception.Skeleton.CanonicalJoint;

namespace RoboMirror.Perception.Canonicalization;

/// <summary>
/// The source formats Perception reads, and how each maps onto <see cref="CanonicalJoint"/>. The
/// reasoning behind each mapping and handedness is in docs/perception.md.
/// </summary>
public static class SkeletonLayouts
{
    /// <summary>
    /// ROS4HRI hri_msgs/Skeleton2D: 18 COCO-order points (x, y, c), normalised image coordinates, origin
    /// top-left, y down. Head = nose; neck = neck; hands = wrists; torso = midpoint of the hips.
    /// </summary>
    public static SkeletonLayout Coco18 { get; } = new(
        "coco18",
        SkeletonSpace.Image2D,
        ["nose", "neck", "right_shoulder", "right_elbow", "right_wrist", "left_shoulder", "left_elbow", "left_wrist",
         "right_hip", "right_knee", "right_ankle", "left_hip", "left_knee", "left_ankle", "left_eye", "right_eye", "left_ear", "right_ear"],
        metresPerUnit: 1f,
        leftHanded: false,
        new Dictionary<J, (int, int)>
        {
            [J.Head] = (0, -1), [J.Neck] = (1, -1), [J.Torso] = (8, 11),
            [J.RightShoulder] = (2, -1), [J.RightElbow] = (3, -1), [J.RightHand] = (4, -1),
            [J.LeftShoulder] = (5, -1), [J.LeftElbow] = (6, -1), [J.LeftHand] = (7, -1),
        });

    /// <summary>
    /// Kinect SDK v1, 20 joints (x, y, z) in metres; right-handed: x to the sensor's left, y up, z away from
    /// the sensor. Head = head; neck = shoulder centre; torso = spine; hands = hands.
    /// </summary>
    public static SkeletonLayout KinectV1 { get; } = new(
        "kinect_v1",
        SkeletonSpace.Body3D,
        ["hip_center", "spine", "shoulder_center", "head", "left_shoulder", "left_elbow", "left_wrist", "left_hand",
         "right_shoulder", "right_elbow", "right_wrist", "right_hand", "left_hip", "left_knee", "left_ankle", "left_foot",
         "right_hip", "right_knee", "right_ankle", "right_foot"],
        metresPerUnit: 1f,
        leftHanded: false,
        new Dictionary<J, (int, int)>
        {
            [J.Head] = (3, -1), [J.Neck] = (2, -1), [J.Torso] = (1, -1),
            [J.LeftShoulder] = (4, -1), [J.LeftElbow] = (5, -1), [J.LeftHand] = (7, -1),
            [J.RightShoulder] = (8, -1), [J.RightElbow] = (9, -1), [J.RightHand] = (11, -1),
        });

    /// <summary>
    /// OpenNI / NiTE, 15 joints (x, y, z) in millimetres, right-handed with y up (SBU's clips, converted by
    /// the SBU reader). Left/right are the person's own (checked on SBU's handshakes: right hands meet).
    /// </summary>
    public static SkeletonLayout OpenNi15 { get; } = new(
        "openni15",
        SkeletonSpace.Body3D,
        ["head", "neck", "torso", "left_shoulder", "left_elbow", "left_hand", "right_shoulder", "right_elbow", "right_hand",
         "left_hip", "left_knee", "left_foot", "right_hip", "right_knee", "right_foot"],
        metresPerUnit: 0.001f,
        leftHanded: false,
        new Dictionary<J, (int, int)>
        {
            [J.Head] = (0, -1), [J.Neck] = (1, -1), [J.Torso] = (2, -1),
            [J.LeftShoulder] = (3, -1), [J.LeftElbow] = (4, -1), [J.LeftHand] = (5, -1),
            [J.RightShoulder] = (6, -1), [J.RightElbow] = (7, -1), [J.RightHand] = (8, -1),
        });

    /// <summary>
    /// Bütepage et al. two-person Kinect recordings: 8 joints (x, y, z) in millimetres, in a LEFT-handed
    /// camera frame (y up, z depth). Order 0 torso, 1 head, 2 right shoulder, 3 left shoulder, 4 right
    /// elbow, 5 left elbow, 6 right hand, 7 left hand; no neck. Left/right were determined from the data
    /// (docs/perception.md, "Bütepage left and right").
    /// </summary>
    public static SkeletonLayout Buetepage8 { get; } = new(
        "buetepage8",
        SkeletonSpace.Body3D,
        ["torso", "head", "right_shoulder", "left_shoulder", "right_elbow", "left_elbow", "right_hand", "left_hand"],
        metresPerUnit: 0.001f,
        leftHanded: true,
        new Dictionary<J, (int, int)>
        {
            [J.Head] = (1, -1), [J.Torso] = (0, -1),
            [J.RightShoulder] = (2, -1), [J.RightElbow] = (4, -1), [J.RightHand] = (6, -1),
            [J.LeftShoulder] = (3, -1), [J.LeftElbow] = (5, -1), [J.LeftHand] = (7, -1),
        });

    /// <summary>The canonical joints themselves, in <see cref="CanonicalJoint"/> order, (x, y, z) in metres, right-handed (the plain format).</summary>
    public static SkeletonLayout Canonical3D { get; } = Identity("canonical3d", SkeletonSpace.Body3D);

    /// <summary>The canonical joints themselves, (x, y, c) in normalised image coordinates, origin top-left, y down (the plain format).</summary>
    public static SkeletonLayout Canonical2D { get; } = Identity("canonical2d", SkeletonSpace.Image2D);

    /// <summary>Every built-in layout.</summary>
    public static IReadOnlyList<SkeletonLayout> All { get; } = [Coco18, KinectV1, OpenNi15, Buetepage8, Canonical3D, Canonical2D];

    private static SkeletonLayout Identity(string name, SkeletonSpace space) => new(
        name,
        space,
        CanonicalJoints.All.Select(CanonicalJoints.Name).ToArray(),
        metresPerUnit: 1f,
        leftHanded: false,
        CanonicalJoints.All.ToDictionary(j => j, j => ((int)j, -1)));
}
