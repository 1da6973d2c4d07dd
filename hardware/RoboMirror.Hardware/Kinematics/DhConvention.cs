namespace RoboMirror.Hardware.Kinematics;

/// <summary>Which Denavit–Hartenberg convention a chain's parameters follow.</summary>
public enum DhConvention
{
    /// <summary>
    /// Classic (distal) DH: <c>T_i = Rz(θ_i) Tz(d_i) Tx(a_i) Rx(α_i)</c>; joint i turns about the z axis of
    /// frame i−1. Universal Robots publish their parameters this way.
    /// </summary>
    Standard,

    /// <summary>
    /// Modified (proximal, Craig) DH: <c>T_i = Rx(α_{i−1}) Tx(a_{i−1}) Rz(θ_i) Tz(d_i)</c>; joint i turns about
    /// the z axis of frame i. Franka publish their parameters this way.
    /// </summary>
    Modified,
}
