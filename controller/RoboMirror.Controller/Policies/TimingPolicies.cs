namespace RoboMirror.Controller.Policies;

/// <summary>Creates a timing policy from its setting value.</summary>
public static class TimingPolicies
{
    /// <summary>The setting values accepted by <see cref="Create"/>.</summary>
    /// <remarks>
    /// The first three answer after the partner's gesture (alternating turns); the <c>-joint</c> ones join it while
    /// it is under way (joint turns: a handshake, a fist bump).
    /// </remarks>
    public static IReadOnlyList<string> Names { get; } = ["mirror", "reactive", "oracle", "mirror-joint", "reactive-joint", "oracle-joint"];

    /// <summary>Whether the named policy reads the recording's labels (the partner truth of a simulation or replay).</summary>
    public static bool NeedsLabels(string name) => name is "oracle" or "oracle-joint";

    /// <summary>Whether the named policy needs the mirror network's readings (the others run without a model).</summary>
    public static bool NeedsModel(string name) => name is "mirror" or "mirror-joint";

    /// <summary>Whether the named policy joins the partner's gesture rather than answering it.</summary>
    public static bool IsJoint(string name) => name.EndsWith("-joint", StringComparison.Ordinal);

    /// <summary>Creates the named policy; an unknown name throws, listing the valid ones.</summary>
    public static ITimingPolicy Create(string name, TimingSettings settings) => name switch
    {
        "mirror" => new MirrorPolicy(settings),
        "reactive" => new ReactivePolicy(settings),
        "oracle" => new OraclePolicy(settings),
        "mirror-joint" => new MirrorJointPolicy(settings),
        "reactive-joint" => new ReactiveJointPolicy(settings),
        "oracle-joint" => new OracleJointPolicy(settings),
        _ => throw new ArgumentException($"Unknown timing policy '{name}'; use one of: {string.Join(", ", Names)}.", nameof(name)),
    };
}
