using RoboMirror.Hardware.Resilience;

namespace RoboMirror.Hardware.UniversalRobots;

/// <summary>Settings of the Universal Robots driver; defaults in one place, checked by <see cref="Validate"/>.</summary>
public sealed record UrArmOptions
{
    /// <summary>The controller's address. Required.</summary>
    public string Host { get; init; } = string.Empty;

    /// <summary>RTDE port. Default 30004.</summary>
    public int RtdePort { get; init; } = 30004;

    /// <summary>Secondary interface port, where the servo program is sent. Default 30002.</summary>
    public int ScriptPort { get; init; } = 30002;

    /// <summary>RTDE output frequency, Hz (at most 500 on e-Series, 125 on CB3). Default 500.</summary>
    public double Frequency { get; init; } = 500;

    /// <summary>Longest gap between state packages before the connection counts as lost. Default 100 ms.</summary>
    public TimeSpan StreamTimeout { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>When no fresh streamed target arrives within this period (arm clock) the arm holds. Default 100 ms.</summary>
    public TimeSpan WatchdogPeriod { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>servoj proportional gain (URScript range 100–2000). Default 300.</summary>
    public double ServoGain { get; init; } = 300;

    /// <summary>servoj lookahead time, s (URScript range 0.03–0.2). Default 0.1.</summary>
    public double LookaheadTime { get; init; } = 0.1;

    /// <summary>Cycles without a new sequence number after which the program halts the arm by itself. Default 10 (20 ms at 500 Hz).</summary>
    public int ScriptStaleCycles { get; init; } = 10;

    /// <summary>Deceleration of a controlled stop, rad/s². Default 4.</summary>
    public double StopDeceleration { get; init; } = 4;

    /// <summary>Deceleration of an immediate stop, rad/s². Default 20.</summary>
    public double ImmediateStopDeceleration { get; init; } = 20;

    /// <summary>Retries, timeouts and the circuit breaker.</summary>
    public ResilienceOptions Resilience { get; init; } = new();

    /// <summary>Throws one <see cref="ArgumentException"/> naming every invalid setting.</summary>
    public UrArmOptions Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Host))
        {
            problems.Add("Host is empty; give the controller's address (e.g. 192.168.1.10)");
        }

        if (RtdePort is < 1 or > 65535 || ScriptPort is < 1 or > 65535)
        {
            problems.Add($"RtdePort ({RtdePort}) and ScriptPort ({ScriptPort}) must be within [1, 65535]");
        }

        if (!(Frequency is > 0 and <= 500))
        {
            problems.Add($"Frequency is {Frequency} Hz; RTDE allows (0, 500]");
        }

        if (StreamTimeout <= TimeSpan.Zero || WatchdogPeriod <= TimeSpan.Zero)
        {
            problems.Add($"StreamTimeout ({StreamTimeout}) and WatchdogPeriod ({WatchdogPeriod}) must be positive");
        }

        if (ServoGain is < 100 or > 2000 || LookaheadTime is < 0.03 or > 0.2)
        {
            problems.Add($"ServoGain ({ServoGain}) must be within [100, 2000] and LookaheadTime ({LookaheadTime}) within [0.03, 0.2]");
        }

        if (ScriptStaleCycles < 1 || !(StopDeceleration > 0) || !(ImmediateStopDeceleration >= StopDeceleration))
        {
            problems.Add($"ScriptStaleCycles ({ScriptStaleCycles}) must be ≥ 1 and 0 < StopDeceleration ({StopDeceleration}) ≤ ImmediateStopDeceleration ({ImmediateStopDeceleration})");
        }

        problems.AddRange(Resilience.Problems());
        return problems.Count == 0
            ? this
            : throw new ArgumentException($"The '{nameof(UrArmOptions)}' are invalid: {string.Join("; ", problems)}.");
    }
}
