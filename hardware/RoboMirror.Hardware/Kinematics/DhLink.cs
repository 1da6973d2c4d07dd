namespace RoboMirror.Hardware.Kinematics;

/// <summary>
/// The DH parameters of one revolute joint's link, metres and radians. For <see cref="DhConvention.Modified"/>
/// chains <see cref="A"/> and <see cref="Alpha"/> are the values that precede the joint (a_{i−1}, α_{i−1}).
/// </summary>
/// <param name="A">Link length a, metres.</param>
/// <param name="Alpha">Link twist α, radians.</param>
/// <param name="D">Link offset d, metres.</param>
/// <param name="ThetaOffset">Added to the joint position to get θ, radians (0 for UR and Franka).</param>
public readonly record struct DhLink(double A, double Alpha, double D, double ThetaOffset = 0)
{
    /// <summary>The link transform for joint angle <paramref name="q"/> in <paramref name="convention"/>.</summary>
    public Pose Transform(double q, DhConvention convention)
    {
        var (sa, ca) = Math.SinCos(Alpha);
        return Transform(q, convention, sa, ca);
    }

    /// <summary>As <see cref="Transform(double, DhConvention)"/> with sin α and cos α precomputed (the hot path).</summary>
    internal Pose Transform(double q, DhConvention convention, double sa, double ca)
    {
        var (st, ct) = Math.SinCos(q + ThetaOffset);
        return convention == DhConvention.Standard
            ? new Pose(ct, -st * ca, st * sa, st, ct * ca, -ct * sa, 0, sa, ca, A * ct, A * st, D)
            : new Pose(ct, -st, 0, st * ca, ct * ca, -sa, st * sa, ct * sa, ca, A, -D * sa, D * ca);
    }
}
