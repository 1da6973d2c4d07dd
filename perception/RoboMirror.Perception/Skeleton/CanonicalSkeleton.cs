using System.Numerics;

namespace RoboMirror.Perception.Skeleton;

/// <summary>
/// One person's upper body at one instant, in the body frame (see <see cref="SkeletonSpace"/>), with a
/// confidence in [0, 1] per joint (0 = not tracked) and the frame that maps it back to the source.
/// Mutable and reusable so that streaming code can fill one instance per frame without allocating.
/// </summary>
public sealed class CanonicalSkeleton
{
    private readonly Vector3[] _positions = new Vector3[CanonicalJoints.Count];
    private readonly float[] _confidence = new float[CanonicalJoints.Count];

    /// <summary>Creates an empty skeleton (every joint untracked).</summary>
    public CanonicalSkeleton(SkeletonSpace space = SkeletonSpace.Body3D)
    {
        Space = space;
    }

    /// <summary>3D body frame or 2D image plane.</summary>
    public SkeletonSpace Space { get; private set; }

    /// <summary>When the source observed this pose, on the stream's clock.</summary>
    public TimeSpan Timestamp { get; set; }

    /// <summary>The tracker's id of the person (e.g. a ROS4HRI body id); empty when the source has none.</summary>
    public string PersonId { get; set; } = string.Empty;

    /// <summary>Where the body frame sits in the source frame.</summary>
    public BodyFrame Frame { get; set; } = BodyFrame.Identity;

    /// <summary>Confidence of a joint in [0, 1]; 0 means the joint is not tracked.</summary>
    public float Confidence(CanonicalJoint joint) => _confidence[(int)joint];

    /// <summary>True when the joint has a position (confidence above zero).</summary>
    public bool IsTracked(CanonicalJoint joint) => _confidence[(int)joint] > 0f;

    /// <summary>The joint's 3D position in the body frame. Throws for a 2D skeleton, which has no depth.</summary>
    public Vector3 Position(CanonicalJoint joint)
    {
        if (Space != SkeletonSpace.Body3D)
        {
            ThrowNoDepth();
        }

        return _positions[(int)joint];
    }

    /// <summary>The joint's position in the frontal plane: (y left, z up). Valid for 2D and 3D skeletons.</summary>
    public Vector2 PlanarPosition(CanonicalJoint joint)
    {
        var p = _positions[(int)joint];
        return new Vector2(p.Y, p.Z);
    }

    /// <summary>Sets a 3D joint. Only for a <see cref="SkeletonSpace.Body3D"/> skeleton.</summary>
    public void Set(CanonicalJoint joint, Vector3 bodyPosition, float confidence)
    {
        if (Space != SkeletonSpace.Body3D)
        {
            ThrowNoDepth();
        }

        SetRaw(joint, bodyPosition, confidence);
    }

    /// <summary>Sets a 2D joint (y left, z up). Only for an <see cref="SkeletonSpace.Image2D"/> skeleton.</summary>
    public void SetPlanar(CanonicalJoint joint, Vector2 planarPosition, float confidence)
    {
        if (Space != SkeletonSpace.Image2D)
        {
            throw new InvalidOperationException("SetPlanar is for 2D skeletons; a 3D skeleton takes Set(joint, Vector3, confidence).");
        }

        SetRaw(joint, new Vector3(0f, planarPosition.X, planarPosition.Y), confidence);
    }

    /// <summary>Marks a joint as not tracked.</summary>
    public void Clear(CanonicalJoint joint)
    {
        _positions[(int)joint] = Vector3.Zero;
        _confidence[(int)joint] = 0f;
    }

    /// <summary>Marks every joint as not tracked and changes the space; keeps nothing from before.</summary>
    public void Reset(SkeletonSpace space)
    {
        Space = space;
        Array.Clear(_positions);
        Array.Clear(_confidence);
        Timestamp = TimeSpan.Zero;
        PersonId = string.Empty;
        Frame = BodyFrame.Identity;
    }

    /// <summary>Copies everything into <paramref name="target"/> without allocating.</summary>
    public void CopyTo(CanonicalSkeleton target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Space = Space;
        target.Timestamp = Timestamp;
        target.PersonId = PersonId;
        target.Frame = Frame;
        _positions.CopyTo(target._positions, 0);
        _confidence.CopyTo(target._confidence, 0);
    }

    /// <summary>A new skeleton with the same content.</summary>
    public CanonicalSkeleton Clone()
    {
        var copy = new CanonicalSkeleton(Space);
        CopyTo(copy);
        return copy;
    }

    /// <summary>The stored position whatever the space: (x, y, z) for 3D, (0, y, z) for 2D. For Perception's own filters.</summary>
    internal Vector3 StoredPosition(CanonicalJoint joint) => _positions[(int)joint];

    /// <summary>Stores a position whatever the space (x is ignored and kept 0 for 2D). For Perception's own filters.</summary>
    internal void SetStored(CanonicalJoint joint, Vector3 position, float confidence) =>
        SetRaw(joint, Space == SkeletonSpace.Body3D ? position : position with { X = 0f }, confidence);

    private void SetRaw(CanonicalJoint joint, Vector3 position, float confidence)
    {
        if (!float.IsFinite(position.X) || !float.IsFinite(position.Y) || !float.IsFinite(position.Z))
        {
            throw new ArgumentException($"Position of {CanonicalJoints.Name(joint)} is not finite: {position}.", nameof(position));
        }

        if (!(confidence is >= 0f and <= 1f))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, $"Confidence of {CanonicalJoints.Name(joint)} must be in [0, 1].");
        }

        _positions[(int)joint] = position;
        _confidence[(int)joint] = confidence;
    }

    private static void ThrowNoDepth() =>
        throw new InvalidOperationException("This skeleton comes from a 2D source and has no depth; use PlanarPosition.");
}
