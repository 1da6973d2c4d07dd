using RoboMirror.Launch.Resolution;

namespace RoboMirror.Launch.Parsing;

/// <summary>The values of the <c>output</c> attribute.</summary>
internal static class OutputModes
{
    private static readonly Dictionary<string, OutputMode> ByName = new(StringComparer.Ordinal)
    {
        ["log"] = OutputMode.Log,
        ["screen"] = OutputMode.Screen,
        ["both"] = OutputMode.Both,
        ["own_log"] = OutputMode.OwnLog,
        ["full"] = OutputMode.Full,
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool IsKnown(string name) => ByName.ContainsKey(name);

    public static string Name(OutputMode mode) => ByName.First(pair => pair.Value == mode).Key;

    public static bool TryParse(string name, out OutputMode mode) => ByName.TryGetValue(name, out mode);
}
