namespace RoboMirror.Launch.Substitutions;

/// <summary>
/// The substitutions the interpreter knows, with the number of arguments each takes, as registered by ROS 2's
/// <c>launch</c> and <c>launch_ros</c> (<c>@expose_substitution</c>). Checked while parsing, so a misspelt
/// substitution stops the launch before anything starts.
/// </summary>
internal static class SubstitutionCatalog
{
    private static readonly Dictionary<string, (int Min, int Max)> Arities = new(StringComparer.Ordinal)
    {
        ["var"] = (1, 2),
        ["env"] = (1, 2),
        ["optenv"] = (1, 2),
        ["find-pkg-share"] = (1, 1),
        ["find-pkg-prefix"] = (1, 1),
        ["find-exec"] = (1, 1),
        ["exec-in-pkg"] = (2, 2),
        ["eval"] = (1, 2),
        ["dirname"] = (0, 0),
        ["filename"] = (0, 0),
        ["anon"] = (1, 1),
        ["command"] = (1, 2),
        ["not"] = (1, 1),
        ["and"] = (2, 2),
        ["or"] = (2, 2),
        ["any"] = (0, int.MaxValue),
        ["all"] = (0, int.MaxValue),
        ["equals"] = (2, 2),
        ["notequals"] = (2, 2),
    };

    public static IEnumerable<string> Names => Arities.Keys;

    public static bool TryGetArity(string name, out int min, out int max)
    {
        if (Arities.TryGetValue(name, out var arity))
        {
            (min, max) = arity;
            return true;
        }

        (min, max) = (0, 0);
        return false;
    }

    public static string DescribeArity(int min, int max) => (min, max) switch
    {
        _ when min == max => $"{min} argument{(min == 1 ? string.Empty : "s")}",
        _ when max == int.MaxValue => $"{min} or more arguments",
        _ => $"{min} to {max} arguments",
    };
}
