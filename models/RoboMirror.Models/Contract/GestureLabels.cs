namespace RoboMirror.Models.Contract;

/// <summary>
/// The gesture classes of the shipped model, in output order: "none" (no gesture under way) and the four
/// Bütepage interactions.
/// </summary>
public static class GestureLabels
{
    /// <summary>No gesture: the partner is idle or between gestures.</summary>
    public const string None = "none";

    /// <summary>The default label set, in output order.</summary>
    public static IReadOnlyList<string> Default { get; } = [None, "waving", "shaking", "rocket", "parachute"];
}
