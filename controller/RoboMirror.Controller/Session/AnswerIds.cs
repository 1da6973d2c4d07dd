using RoboMirror.Controller.Policies;

namespace RoboMirror.Controller.Session;

/// <summary>
/// The robot's answers (its repertoire of own movements) and which answer fits which recognised gesture:
/// a wave is answered with a wave, a handshake with a handshake, a fist bump ("rocket", "parachute" in
/// the Bütepage recordings) with a fist bump.
/// </summary>
public static class AnswerIds
{
    /// <summary>Waving back.</summary>
    public const string Wave = "wave";

    /// <summary>Offering the hand for a handshake.</summary>
    public const string Handshake = "handshake";

    /// <summary>Reaching forward for a fist bump.</summary>
    public const string FistBump = "fist_bump";

    /// <summary>Every answer, in a fixed order.</summary>
    public static IReadOnlyList<string> All { get; } = [Wave, Handshake, FistBump];

    /// <summary>The answer for a gesture class; null for "no gesture" or a class without an answer.</summary>
    public static string? ForGesture(string gesture) => gesture switch
    {
        "waving" or "wave" => Wave,
        "shaking" or "handshake" => Handshake,
        "rocket" or "parachute" or "fist_bump" => FistBump,
        GestureNames.None or "none" => null,
        _ => null,
    };

    /// <summary>The gesture a person performs for an answer (the synthetic generator's and the recordings' name).</summary>
    public static string GestureOf(string answerId) => answerId switch
    {
        Wave => "waving",
        Handshake => "shaking",
        FistBump => "fist_bump",
        _ => throw new ArgumentException($"Unknown answer '{answerId}'; the repertoire holds {string.Join(", ", All)}.", nameof(answerId)),
    };
}
