using RoboMirror.Controller.Inputs;

namespace RoboMirror.Controller.Session;

/// <summary>
/// Turns joint states (stamp and velocities, as /joint_states carries them) into the controller's
/// <see cref="ArmObservation"/>. A joint state does not say whether a trajectory is under way, so the
/// tracker remembers the commanded answer: executing from the command until its duration has passed
/// (stretched by the speed scale), or until a stop was commanded. Not thread-safe: one owner.
/// </summary>
public sealed class ArmTracker
{
    private TimeSpan? _executingUntil;

    /// <summary>The latest observation, or null before the first joint state.</summary>
    public ArmObservation? Latest { get; private set; }

    /// <summary>Records that an answer of <paramref name="duration"/> was commanded at <paramref name="now"/>.</summary>
    public void Commanded(TimeSpan now, TimeSpan duration) => _executingUntil = now + duration;

    /// <summary>Records that a stop (yield or hold) was commanded.</summary>
    public void Stopped() => _executingUntil = null;

    /// <summary>Updates from a joint state stamped <paramref name="stamp"/>.</summary>
    public ArmObservation Observe(TimeSpan stamp, ReadOnlySpan<double> velocities)
    {
        var max = 0.0;
        foreach (var v in velocities)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        var executing = _executingUntil is { } until && stamp < until;
        if (!executing)
        {
            _executingUntil = null;
        }

        var observation = new ArmObservation(stamp, max, executing, Faulted: false);
        Latest = observation;
        return observation;
    }
}
