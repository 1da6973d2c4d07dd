using System.Numerics;

namespace RoboMirror.Controller.Safety;

/// <summary>
/// Distances between a person's hands and the robot, the robot modelled as a chain of capsules between
/// consecutive link-frame origins (from hardware/ forward kinematics). Allocation-free.
/// </summary>
public static class SeparationGeometry
{
    /// <summary>
    /// Smallest distance (m) from any point to the chain of segments through <paramref name="linkOrigins"/>,
    /// minus <paramref name="linkRadius"/> (the links' thickness). Returns +∞ when there are no points.
    /// </summary>
    public static double MinDistance(ReadOnlySpan<Vector3> linkOrigins, ReadOnlySpan<Vector3> points, double linkRadius)
    {
        if (linkOrigins.Length == 0)
        {
            throw new ArgumentException("At least one link origin is needed.", nameof(linkOrigins));
        }

        var best = double.PositiveInfinity;
        foreach (var p in points)
        {
            if (linkOrigins.Length == 1)
            {
                best = Math.Min(best, Vector3.Distance(p, linkOrigins[0]));
                continue;
            }

            for (var i = 0; i + 1 < linkOrigins.Length; i++)
            {
                best = Math.Min(best, PointToSegment(p, linkOrigins[i], linkOrigins[i + 1]));
            }
        }

        return double.IsPositiveInfinity(best) ? best : Math.Max(0, best - linkRadius);
    }

    /// <summary>Distance from <paramref name="p"/> to the segment <paramref name="a"/>–<paramref name="b"/>.</summary>
    public static double PointToSegment(Vector3 p, Vector3 a, Vector3 b)
    {
        var ab = b - a;
        var lengthSquared = ab.LengthSquared();
        if (lengthSquared <= float.Epsilon)
        {
            return Vector3.Distance(p, a);
        }

        var t = Math.Clamp(Vector3.Dot(p - a, ab) / lengthSquared, 0f, 1f);
        return Vector3.Distance(p, a + (ab * t));
    }
}
