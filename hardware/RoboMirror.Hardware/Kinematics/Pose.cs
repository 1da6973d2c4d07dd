using System.Globalization;
using System.Numerics;

namespace RoboMirror.Hardware.Kinematics;

/// <summary>
/// A rigid transform in double precision: a rotation matrix (row-major, <c>R[row, col]</c>) and a
/// translation in metres. Maps a point from the child frame to the parent frame: <c>p' = R p + t</c>.
/// </summary>
public readonly struct Pose : IEquatable<Pose>
{
    /// <summary>Rotation entries, row-major.</summary>
    public readonly double R00, R01, R02, R10, R11, R12, R20, R21, R22;

    /// <summary>Translation, metres.</summary>
    public readonly double X, Y, Z;

    /// <summary>Creates a transform from its rotation rows and translation.</summary>
    public Pose(double r00, double r01, double r02, double r10, double r11, double r12, double r20, double r21, double r22, double x, double y, double z)
    {
        R00 = r00; R01 = r01; R02 = r02;
        R10 = r10; R11 = r11; R12 = r12;
        R20 = r20; R21 = r21; R22 = r22;
        X = x; Y = y; Z = z;
    }

    /// <summary>The identity transform.</summary>
    public static Pose Identity => new(1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0);

    /// <summary>A pure translation.</summary>
    public static Pose FromTranslation(double x, double y, double z) => new(1, 0, 0, 0, 1, 0, 0, 0, 1, x, y, z);

    /// <summary>The translation as a vector (single precision, for display and distances).</summary>
    public Vector3 Position => new((float)X, (float)Y, (float)Z);

    /// <summary>The frame's x axis in the parent frame (the first column of R).</summary>
    public (double X, double Y, double Z) AxisX => (R00, R10, R20);

    /// <summary>The frame's z axis in the parent frame (the third column of R): a revolute joint's axis.</summary>
    public (double X, double Y, double Z) AxisZ => (R02, R12, R22);

    /// <summary>Composition <c>a * b</c>: first <paramref name="b"/>, then <paramref name="a"/>.</summary>
    public static Pose operator *(in Pose a, in Pose b) => new(
        a.R00 * b.R00 + a.R01 * b.R10 + a.R02 * b.R20,
        a.R00 * b.R01 + a.R01 * b.R11 + a.R02 * b.R21,
        a.R00 * b.R02 + a.R01 * b.R12 + a.R02 * b.R22,
        a.R10 * b.R00 + a.R11 * b.R10 + a.R12 * b.R20,
        a.R10 * b.R01 + a.R11 * b.R11 + a.R12 * b.R21,
        a.R10 * b.R02 + a.R11 * b.R12 + a.R12 * b.R22,
        a.R20 * b.R00 + a.R21 * b.R10 + a.R22 * b.R20,
        a.R20 * b.R01 + a.R21 * b.R11 + a.R22 * b.R21,
        a.R20 * b.R02 + a.R21 * b.R12 + a.R22 * b.R22,
        a.R00 * b.X + a.R01 * b.Y + a.R02 * b.Z + a.X,
        a.R10 * b.X + a.R11 * b.Y + a.R12 * b.Z + a.Y,
        a.R20 * b.X + a.R21 * b.Y + a.R22 * b.Z + a.Z);

    /// <summary>Multiplication operator alternative for languages without operators.</summary>
    public static Pose Multiply(in Pose a, in Pose b) => a * b;

    /// <summary>Distance between the origins of two frames, metres.</summary>
    public double DistanceTo(in Pose other)
    {
        double dx = X - other.X, dy = Y - other.Y, dz = Z - other.Z;
        return Math.Sqrt(dx * dx + dy * dy + dz * dz);
    }

    /// <summary>
    /// The rotation taking this frame's orientation to <paramref name="target"/>'s, as a rotation vector
    /// (axis times angle, rad) in the parent frame: the orientation error a Cartesian solver drives to zero.
    /// </summary>
    public (double X, double Y, double Z) RotationErrorTo(in Pose target)
    {
        // Re = Rt * R^T; its axis-angle is the error. Small-angle safe via the skew part and the trace.
        var e00 = target.R00 * R00 + target.R01 * R01 + target.R02 * R02;
        var e11 = target.R10 * R10 + target.R11 * R11 + target.R12 * R12;
        var e22 = target.R20 * R20 + target.R21 * R21 + target.R22 * R22;
        var e21 = target.R20 * R10 + target.R21 * R11 + target.R22 * R12;
        var e12 = target.R10 * R20 + target.R11 * R21 + target.R12 * R22;
        var e02 = target.R00 * R20 + target.R01 * R21 + target.R02 * R22;
        var e20 = target.R20 * R00 + target.R21 * R01 + target.R22 * R02;
        var e10 = target.R10 * R00 + target.R11 * R01 + target.R12 * R02;
        var e01 = target.R00 * R10 + target.R01 * R11 + target.R02 * R12;
        var vx = 0.5 * (e21 - e12);
        var vy = 0.5 * (e02 - e20);
        var vz = 0.5 * (e10 - e01);
        var sin = Math.Sqrt(vx * vx + vy * vy + vz * vz);
        var cos = 0.5 * (e00 + e11 + e22 - 1.0);
        var angle = Math.Atan2(sin, cos);
        if (sin < 1e-9)
        {
            return cos > 0 ? (0, 0, 0) : NearHalfTurn(e00, e11, e22, e01, e02, e12);
        }

        var k = angle / sin;
        return (vx * k, vy * k, vz * k);
    }

    private static (double, double, double) NearHalfTurn(double e00, double e11, double e22, double e01, double e02, double e12)
    {
        // A half turn: R = 2 a a^T - I, so the axis comes from the largest diagonal entry.
        var ax = Math.Sqrt(Math.Max(0, (e00 + 1) / 2));
        var ay = Math.Sqrt(Math.Max(0, (e11 + 1) / 2));
        var az = Math.Sqrt(Math.Max(0, (e22 + 1) / 2));
        if (ax >= ay && ax >= az)
        {
            ay = Math.CopySign(ay, e01);
            az = Math.CopySign(az, e02);
        }
        else if (ay >= az)
        {
            ax = Math.CopySign(ax, e01);
            az = Math.CopySign(az, e12);
        }
        else
        {
            ax = Math.CopySign(ax, e02);
            ay = Math.CopySign(ay, e12);
        }

        return (ax * Math.PI, ay * Math.PI, az * Math.PI);
    }

    /// <inheritdoc />
    public bool Equals(Pose other) =>
        R00 == other.R00 && R01 == other.R01 && R02 == other.R02 && R10 == other.R10 && R11 == other.R11 && R12 == other.R12
        && R20 == other.R20 && R21 == other.R21 && R22 == other.R22 && X == other.X && Y == other.Y && Z == other.Z;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Pose other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(X, Y, Z, R00, R11, R22);

    /// <summary>Equality.</summary>
    public static bool operator ==(Pose left, Pose right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Pose left, Pose right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"t=({X:F4}, {Y:F4}, {Z:F4}) m");
}
