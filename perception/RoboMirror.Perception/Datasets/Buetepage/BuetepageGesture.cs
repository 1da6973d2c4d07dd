namespace RoboMirror.Perception.Datasets.Buetepage;

/// <summary>The four dyadic gestures of the Bütepage recordings.</summary>
public enum BuetepageGesture
{
    /// <summary>Wave at each other (annotation code <c>w</c>, folder <c>waving</c>).</summary>
    Waving,

    /// <summary>Handshake (<c>s</c>, <c>shaking</c>).</summary>
    Shaking,

    /// <summary>"Rocket" fist bump (<c>r</c>, <c>rocket</c>).</summary>
    Rocket,

    /// <summary>"Parachute" fist bump (<c>p</c>, <c>parachute</c>).</summary>
    Parachute,
}

/// <summary>Codes and folder names of <see cref="BuetepageGesture"/>.</summary>
public static class BuetepageGestures
{
    /// <summary>The folder that holds the gesture's files, e.g. <c>waving</c>.</summary>
    public static string Folder(BuetepageGesture gesture) => gesture switch
    {
        BuetepageGesture.Waving => "waving",
        BuetepageGesture.Shaking => "shaking",
        BuetepageGesture.Rocket => "rocket",
        BuetepageGesture.Parachute => "parachute",
        _ => throw new ArgumentOutOfRangeException(nameof(gesture), gesture, "not a Bütepage gesture"),
    };

    /// <summary>Parses an annotation code (<c>w</c>, <c>s</c>, <c>r</c>, <c>p</c>).</summary>
    public static bool TryParseCode(string code, out BuetepageGesture gesture)
    {
        (var ok, gesture) = code switch
        {
            "w" => (true, BuetepageGesture.Waving),
            "s" => (true, BuetepageGesture.Shaking),
            "r" => (true, BuetepageGesture.Rocket),
            "p" => (true, BuetepageGesture.Parachute),
            _ => (false, BuetepageGesture.Waving),
        };
        return ok;
    }
}
