using System.Numerics;

namespace RoboMirror.Controller.Simulation;

/// <summary>
/// Minimum-jerk interpolation (Flash and Hogan 1985): x(τ) = x0 + (x1 − x0)(10τ³ − 15τ⁴ + 6τ⁵), the smooth
/// profile of human point-to-point arm movements.
/// </summary>
public static class MinimumJerk
{
    /// <summary>Progress in [0, 1] at normalised time τ (clamped to [0, 1]).</summary>
    public static double Progress(double tau)
    {
        var t = Math.Clamp(tau, 0, 1);
        var t3 = t * t * t;
        return t3 * (10 - (15 * t) + (6 * t * t));
    }

    /// <summary>Interpolates between two points.</summary>
    public static Vector3 Interpolate(Vector3 from, Vector3 to, double tau) =>
        Vector3.Lerp(from, to, (float)Progress(tau));
}
