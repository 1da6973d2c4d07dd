namespace RoboMirror.Controller.Safety;

/// <summary>The safety monitor's verdict for one step.</summary>
/// <param name="Hold">True when the arm must hold (controlled stop) now.</param>
/// <param name="SpeedScale">Allowed fraction of the commanded speed, in [0, 1] (0 when holding).</param>
/// <param name="Cause">Why, with the values; empty when clear at full speed.</param>
public readonly record struct SafetyVerdict(bool Hold, double SpeedScale, string Cause)
{
    public static SafetyVerdict Clear { get; } = new(false, 1.0, string.Empty);
}
