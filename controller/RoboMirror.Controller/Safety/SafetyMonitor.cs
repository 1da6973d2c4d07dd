using RoboMirror.Controller.Inputs;

namespace RoboMirror.Controller.Safety;

/// <summary>
/// Sits above every timing policy: speed-and-separation monitoring, stale-input watchdogs, arm faults.
/// Pure and deterministic: the verdict depends only on the input and the settings. Runs in the control
/// loop; allocates only the cause string when not clear.
/// </summary>
public sealed class SafetyMonitor(SafetySettings settings)
{
    private readonly SafetySettings _settings = settings.Validate();

    public SafetySettings Settings => _settings;

    /// <summary>Evaluates one step. <paramref name="robotSpeed"/> is the robot's Cartesian speed towards the person (m/s), 0 when unknown.</summary>
    public SafetyVerdict Evaluate(in ControllerInput input, double robotSpeed = 0)
    {
        if (input.Arm is not { } arm)
        {
            return new SafetyVerdict(true, 0, "no joint state received yet");
        }

        if (arm.Faulted)
        {
            return new SafetyVerdict(true, 0, "arm reports a fault");
        }

        var armAge = input.Now - arm.Time;
        if (armAge > _settings.ArmTimeout)
        {
            return new SafetyVerdict(true, 0, $"joint state stale: {armAge.TotalMilliseconds:F0} ms old (limit {_settings.ArmTimeout.TotalMilliseconds:F0} ms)");
        }

        if (input.Partner is not { } partner)
        {
            return new SafetyVerdict(true, 0, "no partner observation received yet");
        }

        var partnerAge = input.Now - partner.Time;
        if (partnerAge > _settings.PartnerTimeout)
        {
            return new SafetyVerdict(true, 0, $"partner data stale: {partnerAge.TotalMilliseconds:F0} ms old (limit {_settings.PartnerTimeout.TotalMilliseconds:F0} ms)");
        }

        if (input.MinSeparation is not { } separation)
        {
            return SafetyVerdict.Clear;
        }

        var protective = _settings.ProtectiveSeparation(robotSpeed);
        if (separation <= protective)
        {
            return new SafetyVerdict(true, 0, $"partner within protective separation: {separation:F3} m ≤ {protective:F3} m");
        }

        if (separation >= _settings.SlowDistance)
        {
            return SafetyVerdict.Clear;
        }

        var fraction = (separation - protective) / (_settings.SlowDistance - protective);
        var scale = _settings.MinSpeedScale + ((1 - _settings.MinSpeedScale) * fraction);
        return new SafetyVerdict(false, scale, $"partner near: {separation:F3} m (slow zone {protective:F3}–{_settings.SlowDistance:F3} m)");
    }

    /// <summary>True when the input is clear with the extra margin a hold needs before it may be released.</summary>
    public bool IsClearToRelease(in ControllerInput input)
    {
        var verdict = Evaluate(input);
        if (verdict.Hold)
        {
            return false;
        }

        return input.MinSeparation is not { } separation
            || separation > _settings.ProtectiveSeparation(0) + _settings.ClearMargin;
    }
}
