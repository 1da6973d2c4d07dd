using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Canonicalization;

/// <summary>
/// How one source format lays out its joints and which of them become which canonical joint. Built-in
/// layouts are in <see cref="SkeletonLayouts"/>. Values arrive as <see cref="ValuesPerJoint"/> floats per
/// source joint in source order: (x, y, z) for 3D sources, (x, y, c) for 2D sources.
/// </summary>
public sealed class SkeletonLayout
{
    private readonly int[] _first;
    private readonly int[] _second;

    internal SkeletonLayout(
        string name,
        SkeletonSpace space,
        IReadOnlyList<string> sourceJoints,
        float metresPerUnit,
        bool leftHanded,
        IReadOnlyDictionary<CanonicalJoint, (int First, int Second)> map)
    {
        Name = name;
        Space = space;
        SourceJoints = sourceJoints;
        MetresPerUnit = metresPerUnit;
        LeftHanded = leftHanded;
        _first = new int[CanonicalJoints.Count];
        _second = new int[CanonicalJoints.Count];
        Array.Fill(_first, -1);
        Array.Fill(_second, -1);
        foreach (var (joint, (first, second)) in map)
        {
            _first[(int)joint] = first;
            _second[(int)joint] = second;
        }
    }

    /// <summary>Short name, e.g. <c>coco18</c>.</summary>
    public string Name { get; }

    /// <summary>2D (image) or 3D.</summary>
    public SkeletonSpace Space { get; }

    /// <summary>Source joint names in source order.</summary>
    public IReadOnlyList<string> SourceJoints { get; }

    /// <summary>Number of source joints.</summary>
    public int JointCount => SourceJoints.Count;

    /// <summary>Floats per source joint: always 3, (x, y, z) or (x, y, confidence).</summary>
    public int ValuesPerJoint => 3;

    /// <summary>3D: metres per source unit (0.001 for millimetres). 2D: 1 (normalised image units are kept).</summary>
    public float MetresPerUnit { get; }

    /// <summary>
    /// True when the source frame is left-handed; its x axis is then negated before the body frame is
    /// built, and <see cref="BodyFrame"/> maps into that mirrored (right-handed) frame.
    /// </summary>
    public bool LeftHanded { get; }

    /// <summary>The source joint index feeding a canonical joint, -1 if none; with a second index the canonical joint is their midpoint.</summary>
    public (int First, int Second) SourceOf(CanonicalJoint joint) => (_first[(int)joint], _second[(int)joint]);
}
