namespace RoboMirror.Hardware.Simulation;

/// <summary>Settings of a <see cref="SimulatedArm"/>; defaults in one place, checked by <see cref="Validate"/>.</summary>
public sealed record SimulatedArmOptions
{
    /// <summary>Real-time (timer) or stepped. Default real-time.</summary>
    public SimulationClocking Clocking { get; init; } = SimulationClocking.RealTime;

    /// <summary>Time constant of the first-order actuation lag (position follows command). Default 20 ms; zero tracks within one cycle.</summary>
    public TimeSpan ActuationTimeConstant { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Delay between a command being resolved and the joints acting on it. Default 4 ms (two UR cycles).</summary>
    public TimeSpan CommandLatency { get; init; } = TimeSpan.FromMilliseconds(4);

    /// <summary>When no fresh streamed target arrives within this period the arm holds (controlled stop). Default 100 ms.</summary>
    public TimeSpan WatchdogPeriod { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Where the joints start, rad; null = the description's home pose.</summary>
    public IReadOnlyList<double>? InitialPositions { get; init; }

    /// <summary>Most cycles one late timer callback may catch up before the rest are skipped (a cycle costs about a microsecond). Default 1000 (2 s at 500 Hz).</summary>
    public int MaxCatchUpCycles { get; init; } = 1000;

    /// <summary>Throws one <see cref="ArgumentException"/> naming every invalid setting.</summary>
    public SimulatedArmOptions Validate(int jointCount)
    {
        var problems = new List<string>();
        if (ActuationTimeConstant < TimeSpan.Zero)
        {
            problems.Add($"ActuationTimeConstant is {ActuationTimeConstant}; it must not be negative");
        }

        if (CommandLatency < TimeSpan.Zero || CommandLatency > TimeSpan.FromSeconds(1))
        {
            problems.Add($"CommandLatency is {CommandLatency}; it must be within [0, 1 s]");
        }

        if (WatchdogPeriod <= TimeSpan.Zero)
        {
            problems.Add($"WatchdogPeriod is {WatchdogPeriod}; it must be positive");
        }

        if (InitialPositions is { } initial && initial.Count != jointCount)
        {
            problems.Add($"InitialPositions has {initial.Count} values; the arm has {jointCount} joints");
        }

        if (MaxCatchUpCycles < 1)
        {
            problems.Add($"MaxCatchUpCycles is {MaxCatchUpCycles}; it must be at least 1");
        }

        return problems.Count == 0
            ? this
            : throw new ArgumentException($"The '{nameof(SimulatedArmOptions)}' are invalid: {string.Join("; ", problems)}.");
    }
}
