namespace RoboMirror.Controller.Safety;

/// <summary>
/// Speed-and-separation monitoring in the spirit of ISO/TS 15066 plus stale-input watchdogs. The
/// protective separation is S_p = v_h (T_r + T_s) + v_r T_r + S_s + C + Z_d + Z_r; the robot runs at full
/// speed beyond <see cref="SlowDistance"/>, slows linearly between it and S_p, and holds at or inside S_p.
/// </summary>
public sealed record SafetySettings
{
    /// <summary>Human approach speed v_h (m/s); ISO 13855's 1.6 m/s when not measured (2.0 m/s for hand approach within 0.5 m).</summary>
    public double HumanSpeed { get; init; } = 1.6;

    /// <summary>Robot reaction time T_r (s): sensing to the start of stopping.</summary>
    public double ReactionTime { get; init; } = 0.1;

    /// <summary>Robot stopping time T_s (s).</summary>
    public double StoppingTime { get; init; } = 0.15;

    /// <summary>Robot stopping distance S_s (m).</summary>
    public double StoppingDistance { get; init; } = 0.05;

    /// <summary>Intrusion distance C (m) of the body part towards the hazard.</summary>
    public double IntrusionDistance { get; init; } = 0.05;

    /// <summary>Position uncertainty of the person Z_d (m), from the skeleton tracker.</summary>
    public double HumanPositionUncertainty { get; init; } = 0.05;

    /// <summary>Position uncertainty of the robot Z_r (m).</summary>
    public double RobotPositionUncertainty { get; init; } = 0.01;

    /// <summary>Distance (m) beyond which the robot runs at full speed.</summary>
    public double SlowDistance { get; init; } = 1.0;

    /// <summary>Lowest speed scale in the slow zone, just outside the protective separation.</summary>
    public double MinSpeedScale { get; init; } = 0.1;

    /// <summary>Extra margin (m) beyond the protective separation before a hold may clear.</summary>
    public double ClearMargin { get; init; } = 0.1;

    /// <summary>How long conditions must stay clear before the hold is released.</summary>
    public TimeSpan ClearTime { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>No partner observation for this long → hold.</summary>
    public TimeSpan PartnerTimeout { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>No joint state for this long → hold.</summary>
    public TimeSpan ArmTimeout { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The protective separation S_p (m) for a robot moving towards the person at <paramref name="robotSpeed"/> (m/s).</summary>
    public double ProtectiveSeparation(double robotSpeed) =>
        (HumanSpeed * (ReactionTime + StoppingTime)) + (robotSpeed * ReactionTime) + StoppingDistance
        + IntrusionDistance + HumanPositionUncertainty + RobotPositionUncertainty;

    /// <summary>Validates the settings; throws <see cref="ArgumentException"/> listing every problem.</summary>
    public SafetySettings Validate()
    {
        var errors = new List<string>();
        void NonNegative(string name, double value)
        {
            if (!(value >= 0) || double.IsInfinity(value))
            {
                errors.Add($"{name} is {value}; it must be a finite value ≥ 0.");
            }
        }

        NonNegative(nameof(HumanSpeed), HumanSpeed);
        NonNegative(nameof(ReactionTime), ReactionTime);
        NonNegative(nameof(StoppingTime), StoppingTime);
        NonNegative(nameof(StoppingDistance), StoppingDistance);
        NonNegative(nameof(IntrusionDistance), IntrusionDistance);
        NonNegative(nameof(HumanPositionUncertainty), HumanPositionUncertainty);
        NonNegative(nameof(RobotPositionUncertainty), RobotPositionUncertainty);
        NonNegative(nameof(ClearMargin), ClearMargin);
        if (!(MinSpeedScale is > 0 and <= 1))
        {
            errors.Add($"MinSpeedScale is {MinSpeedScale}; it must be in (0, 1].");
        }

        if (!(SlowDistance > ProtectiveSeparation(0)))
        {
            errors.Add($"SlowDistance is {SlowDistance} m; it must exceed the protective separation at rest ({ProtectiveSeparation(0):F3} m).");
        }

        if (PartnerTimeout <= TimeSpan.Zero || ArmTimeout <= TimeSpan.Zero || ClearTime < TimeSpan.Zero)
        {
            errors.Add($"PartnerTimeout ({PartnerTimeout}) and ArmTimeout ({ArmTimeout}) must be positive and ClearTime ({ClearTime}) not negative.");
        }

        return errors.Count == 0
            ? this
            : throw new ArgumentException($"The '{nameof(SafetySettings)}' are invalid. Validation Errors: {string.Join(" ", errors)}");
    }
}
