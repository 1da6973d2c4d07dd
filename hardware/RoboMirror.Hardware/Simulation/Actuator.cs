using RoboMirror.Hardware.Description;

namespace RoboMirror.Hardware.Simulation;

/// <summary>
/// Joint dynamics of the simulated arm: a first-order lag from command to position, bounded by the joints'
/// velocity and acceleration limits and their position range, plus a controlled-stop deceleration.
/// Real-time safe.
/// </summary>
internal sealed class Actuator(ArmDescription arm, TimeSpan timeConstant)
{
    private readonly double _tau = timeConstant.TotalSeconds;

    /// <summary>Moves one period towards <paramref name="command"/>.</summary>
    public void Track(ReadOnlySpan<double> command, Span<double> positions, Span<double> velocities, double dt)
    {
        var gain = _tau <= 0 ? 1.0 : 1.0 - Math.Exp(-dt / _tau);
        for (var j = 0; j < positions.Length; j++)
        {
            var limits = arm.Limits(j);
            var wanted = (command[j] - positions[j]) * gain / dt;
            wanted = Math.Clamp(wanted, -limits.MaxVelocity, limits.MaxVelocity);
            var maxChange = limits.MaxAcceleration * dt;
            var velocity = Math.Clamp(wanted, velocities[j] - maxChange, velocities[j] + maxChange);
            Integrate(j, velocity, positions, velocities, dt);
        }
    }

    /// <summary>Decelerates at the acceleration limit; returns true once every joint is at rest.</summary>
    public bool Decelerate(Span<double> positions, Span<double> velocities, double dt)
    {
        var atRest = true;
        for (var j = 0; j < positions.Length; j++)
        {
            var maxChange = arm.Limits(j).MaxAcceleration * dt;
            var v = velocities[j];
            var velocity = Math.Abs(v) <= maxChange ? 0 : v - Math.CopySign(maxChange, v);
            atRest &= velocity == 0;
            Integrate(j, velocity, positions, velocities, dt);
        }

        return atRest;
    }

    private void Integrate(int j, double velocity, Span<double> positions, Span<double> velocities, double dt)
    {
        var limits = arm.Limits(j);
        var next = positions[j] + velocity * dt;
        if (!limits.Contains(next))
        {
            next = limits.Clamp(next);
            velocity = 0;
        }

        positions[j] = next;
        velocities[j] = velocity;
    }
}
