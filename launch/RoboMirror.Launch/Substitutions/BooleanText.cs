namespace RoboMirror.Launch.Substitutions;

/// <summary>
/// The two ways ROS 2 launch reads text as a boolean. Conditions (<c>if</c>/<c>unless</c>) accept <c>true</c>,
/// <c>false</c>, <c>1</c>, <c>0</c> in any case; typed values (<c>respawn</c>, <c>scoped</c>, <c>$(not …)</c>) follow
/// YAML, which also accepts yes/no and on/off.
/// </summary>
internal static class BooleanText
{
    private static readonly string[] YamlTrue = ["true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "1"];
    private static readonly string[] YamlFalse = ["false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "0"];

    /// <summary>Typed boolean (YAML rules plus 1/0).</summary>
    public static bool TryParse(string text, out bool value)
    {
        var trimmed = text.Trim();
        if (YamlTrue.Contains(trimmed, StringComparer.Ordinal))
        {
            value = true;
            return true;
        }

        value = false;
        return YamlFalse.Contains(trimmed, StringComparer.Ordinal);
    }

    /// <summary>Condition rules: the stripped, lower-cased text is true/1 or false/0.</summary>
    public static bool TryParseCondition(string text, out bool value)
    {
        var normalized = text.Trim().ToLowerInvariant();
        value = normalized is "true" or "1";
        return value || normalized is "false" or "0";
    }

    public static string ToText(bool value) => value ? "true" : "false";
}
