using System.Numerics;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Streaming;

/// <summary>
/// Everything the pipeline knows about one person at one released frame: the filtered skeleton (body
/// frame, shoulder widths), per-joint status, velocity and acceleration (shoulder widths per second and
/// per second squared, body frame; for 2D skeletons x is 0), motion energy per arm and, when the robot's
/// workspace is configured and the source is 3D, the hands in the robot base frame. One instance per
/// person is reused frame after frame: copy what you keep.
/// </summary>
public sealed class PersonFeatures
{
    private readonly JointStatus[] _status = new JointStatus[CanonicalJoints.Count];
    private readonly Vector3[] _velocity = new Vector3[CanonicalJoints.Count];
    private readonly Vector3[] _acceleration = new Vector3[CanonicalJoints.Count];

    internal PersonFeatures(SkeletonSpace space)
    {
        Skeleton = new CanonicalSkeleton(space);
        Observed = new CanonicalSkeleton(space);
    }

    /// <summary>The person's id.</summary>
    public string PersonId => Skeleton.PersonId;

    /// <summary>The frame's timestamp.</summary>
    public TimeSpan Timestamp => Skeleton.Timestamp;

    /// <summary>The filtered skeleton; lost joints are untracked, bridged ones carry half their last confidence.</summary>
    public CanonicalSkeleton Skeleton { get; }

    /// <summary>
    /// The same frame as observed: canonical, validated and in time order, but not filtered, gap-bridged or lagged.
    /// What a model trained on recordings should read (the mirror network is): the filter's smoothing and lag are not
    /// in its training data.
    /// </summary>
    public CanonicalSkeleton Observed { get; }

    /// <summary>Where each joint's position comes from.</summary>
    public JointStatus Status(CanonicalJoint joint) => _status[(int)joint];

    /// <summary>Velocity of a joint in the body frame (shoulder widths per second); zero when lost.</summary>
    public Vector3 Velocity(CanonicalJoint joint) => _velocity[(int)joint];

    /// <summary>Acceleration of a joint in the body frame (shoulder widths per second squared); zero when lost.</summary>
    public Vector3 Acceleration(CanonicalJoint joint) => _acceleration[(int)joint];

    /// <summary>Motion energy of the left arm: squared speed of elbow plus hand, (shoulder widths / s)^2.</summary>
    public float LeftArmEnergy { get; internal set; }

    /// <summary>Motion energy of the right arm, as <see cref="LeftArmEnergy"/>.</summary>
    public float RightArmEnergy { get; internal set; }

    /// <summary>The larger of the two arms' energies: what the activity segmenter watches.</summary>
    public float MotionEnergy => MathF.Max(LeftArmEnergy, RightArmEnergy);

    /// <summary>
    /// How fast the left hand has been getting somewhere: net displacement over the last
    /// <see cref="StreamOptions.DriftWindow"/> per second (shoulder widths/s, body frame); 0 while the hand is lost.
    /// Catches slow, steady movements whose frame-to-frame speed stays within tracker jitter.
    /// </summary>
    public float LeftHandDrift { get; internal set; }

    /// <summary>The right hand's drift, as <see cref="LeftHandDrift"/>.</summary>
    public float RightHandDrift { get; internal set; }

    /// <summary>The larger of the two hands' drifts: what the activity segmenter watches beside the energy.</summary>
    public float HandDrift => MathF.Max(LeftHandDrift, RightHandDrift);

    /// <summary>True when <see cref="LeftHandInRobot"/> and <see cref="RightHandInRobot"/> are meaningful.</summary>
    public bool HasWorkspace { get; internal set; }

    /// <summary>The left hand in the robot base frame (metres); valid when <see cref="HasWorkspace"/> and the hand is not lost.</summary>
    public Vector3 LeftHandInRobot { get; internal set; }

    /// <summary>The right hand in the robot base frame (metres).</summary>
    public Vector3 RightHandInRobot { get; internal set; }

    /// <summary>Distance of the left hand outside the robot's reach (negative: inside).</summary>
    public float LeftHandOutsideWorkspace { get; internal set; }

    /// <summary>Distance of the right hand outside the robot's reach (negative: inside).</summary>
    public float RightHandOutsideWorkspace { get; internal set; }

    internal void SetJoint(CanonicalJoint joint, JointStatus status, Vector3 velocity, Vector3 acceleration)
    {
        _status[(int)joint] = status;
        _velocity[(int)joint] = velocity;
        _acceleration[(int)joint] = acceleration;
    }
}
