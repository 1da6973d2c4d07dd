namespace RoboMirror.Controller.Policies;

/// <summary>Creates a timing policy from its setting value.</summary>
public static class TimingPolicies
{
    /// <summary>The setting values accepted by <see cref="Create"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["mirror", "reactive", "oracle"];

    /// <summary>Creates the named policy; an unknown name throws, listing the valid ones.</summary>
    public static ITimingPolicy Create(string name, TimingSettings settings) => name switch
    {
        "mirror" => new MirrorPolicy(settings),
        "reactive" => new ReactivePolicy(settings),
        "oracle" => new OraclePolicy(settings),
        _ => throw new ArgumentException($"Unknown timing policy '{name}'; use one of: {string.Join(", ", Names)}.", nameof(name)),
    };
}
