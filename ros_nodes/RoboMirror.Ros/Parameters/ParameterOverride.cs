namespace RoboMirror.Ros.Parameters;

/// <summary>
/// A value given for a parameter from outside the node: a parameter file or <c>--ros-args -p</c>.
/// </summary>
/// <param name="NodePattern">Fully qualified node name or pattern it applies to: <c>/**</c> (every node), <c>/robomirror/*</c>, <c>/turn_controller</c>.</param>
/// <param name="Name">Parameter name, with dots for nested YAML keys (<c>limits.max_velocity</c>).</param>
/// <param name="Value">The value.</param>
/// <param name="Source">Where it came from, for messages: <c>config/study.yaml:12</c> or <c>-p</c>.</param>
public sealed record ParameterOverride(string NodePattern, string Name, ParameterValue Value, string Source)
{
    /// <summary>Pattern that matches every node.</summary>
    public const string AllNodes = "/**";

    /// <summary>True when the value came from <c>-p</c> rather than a parameter file.</summary>
    public bool FromCommandLine => Source.StartsWith("-p ", StringComparison.Ordinal);

    /// <summary>True when the pattern names every node (<c>/**</c>, <c>/robomirror/*</c>), so, within one file, node-specific values take precedence over it.</summary>
    public bool IsWildcard => NodePattern.Contains('*', StringComparison.Ordinal);

    /// <summary>
    /// True when <see cref="NodePattern"/> matches <paramref name="nodeFullyQualifiedName"/>: <c>**</c> matches
    /// any number of name tokens, <c>*</c> exactly one.
    /// </summary>
    public bool AppliesTo(string nodeFullyQualifiedName)
    {
        ArgumentNullException.ThrowIfNull(nodeFullyQualifiedName);
        var pattern = NodePattern.Trim('/').Split('/');
        var name = nodeFullyQualifiedName.Trim('/').Split('/');
        return Matches(pattern, 0, name, 0);
    }

    private static bool Matches(string[] pattern, int p, string[] name, int n)
    {
        if (p == pattern.Length)
        {
            return n == name.Length;
        }

        if (pattern[p] == "**")
        {
            for (var skip = n; skip <= name.Length; skip++)
            {
                if (Matches(pattern, p + 1, name, skip))
                {
                    return true;
                }
            }

            return false;
        }

        return n < name.Length
            && (pattern[p] == "*" || string.Equals(pattern[p], name[n], StringComparison.Ordinal))
            && Matches(pattern, p + 1, name, n + 1);
    }
}
