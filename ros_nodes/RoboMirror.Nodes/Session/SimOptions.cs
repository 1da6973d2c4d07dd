using RoboMirror.Ros.Transport;

namespace RoboMirror.Nodes.Session;

/// <summary>Settings of one simulated session; defaults in one place (docs/sim.md).</summary>
internal sealed record SimOptions
{
    /// <summary>Simulation step: the arm's 500 Hz control period.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(2);

    /// <summary>Scored partner turns to run; used when <see cref="Duration"/> is null.</summary>
    public int Turns { get; init; } = 10;

    /// <summary>Session length on the session clock; when set it wins over <see cref="Turns"/>.</summary>
    public TimeSpan? Duration { get; init; }

    public string Policy { get; init; } = "reactive";

    public int Seed { get; init; } = 1;

    /// <summary><c>recordings</c> (falls back to synthetic when absent) or <c>synthetic</c>.</summary>
    public string Partner { get; init; } = "recordings";

    /// <summary>Session seconds per wall second; null runs as fast as possible.</summary>
    public double? Speed { get; init; }

    /// <summary>The run folder; created, must not hold a session.mcap already.</summary>
    public string OutputFolder { get; init; } = RunFolder.Default(DateTimeOffset.UtcNow);

    public TransportKind Transport { get; init; } = TransportKind.InProcess;

    public int? DomainId { get; init; }

    /// <summary>Every Cyclone DDS setting (configuration XML, domain) with <see cref="TransportKind.Dds"/>; null: <see cref="DomainId"/> and the environment (CYCLONEDDS_URI).</summary>
    public RoboMirror.Ros.Dds.CycloneDdsTransportOptions? Dds { get; init; }

    /// <summary>The observation model; null looks for models/mirror-observation.onnx above the working folder.</summary>
    public string? ModelPath { get; init; }

    /// <summary>The recordings folder; null uses $ROBOMIRROR_DATA or a shared/data folder above the working folder.</summary>
    public string? DataFolder { get; init; }

    /// <summary>Node parameters, each <c>node:name:=value</c> (or <c>name:=value</c> for every node), as rcl's <c>-p</c> takes them.</summary>
    public IReadOnlyList<string> Parameters { get; init; } = [];

    /// <summary>Turns past the last requested one's answer window after which the session stops even if the robot is still busy.</summary>
    public TimeSpan DrainLimit { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Checks every setting; throws <see cref="ArgumentException"/> listing each problem.</summary>
    public SimOptions Validate()
    {
        var errors = new List<string>();
        if (Duration is null && Turns < 1)
        {
            errors.Add($"turns is {Turns}; it must be at least 1.");
        }

        if (Duration is { } d && d <= TimeSpan.Zero)
        {
            errors.Add($"duration is {d.TotalSeconds} s; it must be positive.");
        }

        if (!Controller.Policies.TimingPolicies.Names.Contains(Policy))
        {
            errors.Add($"policy is '{Policy}'; use one of: {string.Join(", ", Controller.Policies.TimingPolicies.Names)}.");
        }
        else if (Policy == "oracle-joint")
        {
            errors.Add("policy is 'oracle-joint': it needs a human follower's onset, which only a replayed recording has; use robomirror eval --data DIR --out OUT for it.");
        }

        if (!PartnerSources.Names.Contains(Partner))
        {
            errors.Add($"partner is '{Partner}'; use one of: {string.Join(", ", PartnerSources.Names)}.");
        }

        if (Speed is { } s && !(s > 0 && double.IsFinite(s)))
        {
            errors.Add($"speed is {s}; it must be a positive number, or 'max'.");
        }

        return errors.Count == 0
            ? this
            : throw new ArgumentException($"The simulation settings are invalid. Validation Errors: {string.Join(" ", errors)}");
    }
}
