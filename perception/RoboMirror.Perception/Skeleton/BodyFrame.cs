using System.Numerics;

namespace RoboMirror.Perception.Skeleton;

/// <summary>
/// Where a body frame sits in the source's frame: <c>source = Origin + Rotate(Orientation, Scale * body)</c>.
/// Keeps absolute positions recoverable (for distances to the robot), while the skeleton itself is
/// position- and size-invariant. For 3D sources the unit is metres; for 2D sources normalised image units.
/// </summary>
/// <param name="Origin">The midpoint of the shoulders, in the source frame.</param>
/// <param name="Orientation">Rotation taking body-frame axes to source-frame axes.</param>
/// <param name="Scale">Shoulder width in source units; always positive.</param>
public readonly record struct BodyFrame(Vector3 Origin, Quaternion Orientation, float Scale)
{
    /// <summary>The identity frame: body and source coincide, unit scale.</summary>
    public static BodyFrame Identity { get; } = new(Vector3.Zero, Quaternion.Identity, 1f);

    /// <summary>Maps a body-frame point to the source frame.</summary>
    public Vector3 ToSource(Vector3 body) => Origin + Vector3.Transform(body * Scale, Orientation);

    /// <summary>Maps a source-frame point to the body frame.</summary>
    public Vector3 ToBody(Vector3 source) =>
        Vector3.Transform(source - Origin, Quaternion.Conjugate(Orientation)) / Scale;
}
