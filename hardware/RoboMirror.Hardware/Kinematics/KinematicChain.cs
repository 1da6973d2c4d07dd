namespace RoboMirror.Hardware.Kinematics;

/// <summary>
/// A serial chain of revolute joints described by DH parameters, with a fixed base transform (where the arm
/// is mounted) and a fixed flange transform after the last joint. Computes the pose of every link frame.
/// Frame indices: 0 = base, 1..n = the frame attached to link i (after joint i), n + 1 = flange.
/// </summary>
public sealed class KinematicChain
{
    private readonly DhLink[] _links;
    private readonly double[] _sinAlpha;
    private readonly double[] _cosAlpha;

    /// <summary>Creates a chain; <paramref name="flange"/> follows the last joint, <paramref name="mount"/> precedes the first.</summary>
    public KinematicChain(DhConvention convention, IReadOnlyList<DhLink> links, Pose flange, Pose? mount = null)
    {
        ArgumentNullException.ThrowIfNull(links);
        if (links.Count is 0 or > MaxJoints)
        {
            throw new ArgumentOutOfRangeException(nameof(links), links.Count, $"A chain has 1 to {MaxJoints} joints.");
        }

        Convention = convention;
        _links = [.. links];
        _sinAlpha = _links.Select(l => Math.Sin(l.Alpha)).ToArray();
        _cosAlpha = _links.Select(l => Math.Cos(l.Alpha)).ToArray();
        Flange = flange;
        Mount = mount ?? Pose.Identity;
    }

    /// <summary>Most joints a chain may have (bounds the solvers' stack buffers).</summary>
    public const int MaxJoints = 16;

    /// <summary>The DH convention of <see cref="Links"/>.</summary>
    public DhConvention Convention { get; }

    /// <summary>The links in order from the base.</summary>
    public IReadOnlyList<DhLink> Links => _links;

    /// <summary>Number of joints.</summary>
    public int JointCount => _links.Length;

    /// <summary>Number of frames that <see cref="ForwardKinematics"/> writes: base, one per link, flange.</summary>
    public int FrameCount => _links.Length + 2;

    /// <summary>Transform from the last link frame to the flange (tool mounting plate).</summary>
    public Pose Flange { get; }

    /// <summary>Transform from the world (or table) to the arm's base frame.</summary>
    public Pose Mount { get; }

    /// <summary>
    /// Writes the pose of every frame (base, links, flange) in the mount's parent frame into <paramref name="frames"/>.
    /// Real-time safe: no allocation, no locks.
    /// </summary>
    public void ForwardKinematics(ReadOnlySpan<double> q, Span<Pose> frames)
    {
        if (q.Length != _links.Length || frames.Length < FrameCount)
        {
            ThrowSizes(q.Length, frames.Length);
        }

        var current = Mount;
        frames[0] = current;
        var links = _links;
        for (var i = 0; i < links.Length; i++)
        {
            current = current * links[i].Transform(q[i], Convention, _sinAlpha[i], _cosAlpha[i]);
            frames[i + 1] = current;
        }

        frames[links.Length + 1] = current * Flange;
    }

    /// <summary>The flange pose for joint positions <paramref name="q"/>. Real-time safe.</summary>
    public Pose FlangePose(ReadOnlySpan<double> q)
    {
        Span<Pose> frames = stackalloc Pose[MaxJoints + 2];
        ForwardKinematics(q, frames);
        return frames[_links.Length + 1];
    }

    /// <summary>
    /// The index of the frame whose z axis is joint <paramref name="joint"/>'s axis: frame i−1 in the standard
    /// convention, frame i in the modified one (frame indices as in <see cref="ForwardKinematics"/>).
    /// </summary>
    public int AxisFrame(int joint) => Convention == DhConvention.Standard ? joint : joint + 1;

    private void ThrowSizes(int joints, int frames) =>
        throw new ArgumentException(
            $"Forward kinematics needs {_links.Length} joint positions and room for {FrameCount} frames; got {joints} positions and {frames} frames.");
}
