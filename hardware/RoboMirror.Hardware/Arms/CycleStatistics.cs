namespace RoboMirror.Hardware.Arms;

/// <summary>How well an arm's control cycle kept its rate.</summary>
/// <param name="Cycles">Control cycles computed (simulated arm; skipped ones are not counted) or state packages received (real arm).</param>
/// <param name="DeadlineMisses">Cycles that came at least one period late.</param>
/// <param name="ArmTime">Time covered, on the arm's clock.</param>
public readonly record struct CycleStatistics(long Cycles, long DeadlineMisses, TimeSpan ArmTime)
{
    /// <summary>Misses per cycle, in [0, 1].</summary>
    public double MissRate => Cycles == 0 ? 0 : (double)DeadlineMisses / Cycles;

    /// <summary>Cycles per second of the arm's clock.</summary>
    public double Rate => ArmTime <= TimeSpan.Zero ? 0 : Cycles / ArmTime.TotalSeconds;
}
