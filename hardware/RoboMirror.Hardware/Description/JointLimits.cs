namespace RoboMirror.Hardware.Description;

/// <summary>
/// The limits of one joint, in SI units (rad, rad/s, rad/s²). Part of an arm's description and enforced
/// before any command leaves the process.
/// </summary>
/// <param name="MinPosition">Lowest allowed position, rad.</param>
/// <param name="MaxPosition">Highest allowed position, rad.</param>
/// <param name="MaxVelocity">Largest allowed speed (absolute), rad/s.</param>
/// <param name="MaxAcceleration">Largest allowed acceleration (absolute), rad/s².</param>
public readonly record struct JointLimits(double MinPosition, double MaxPosition, double MaxVelocity, double MaxAcceleration)
{
    /// <summary>True when <paramref name="position"/> is finite and inside [min, max].</summary>
    public bool Contains(double position) => position >= MinPosition && position <= MaxPosition;

    /// <summary>Clamps a position into [min, max].</summary>
    public double Clamp(double position) => Math.Clamp(position, MinPosition, MaxPosition);

    /// <summary>The middle of the range, rad.</summary>
    public double Centre => 0.5 * (MinPosition + MaxPosition);

    /// <summary>Returns the first problem with these limits, or null when they are usable.</summary>
    public string? Problem()
    {
        if (!double.IsFinite(MinPosition) || !double.IsFinite(MaxPosition) || MinPosition >= MaxPosition)
        {
            return $"position range [{MinPosition}, {MaxPosition}] rad must be finite with min < max";
        }

        if (!double.IsFinite(MaxVelocity) || MaxVelocity <= 0)
        {
            return $"max velocity {MaxVelocity} rad/s must be finite and positive";
        }

        return !double.IsFinite(MaxAcceleration) || MaxAcceleration <= 0
            ? $"max acceleration {MaxAcceleration} rad/s² must be finite and positive"
            : null;
    }
}
