namespace RoboMirror.Launch.Resolution;

/// <summary>ROS 2's rules for node names and namespaces (rcl/rmw validation), and launch_ros's namespace joining.</summary>
internal static class RosNames
{
    public static string? NodeNameProblem(string name)
    {
        if (name.Length == 0)
        {
            return "a node name must not be empty";
        }

        if (char.IsAsciiDigit(name[0]))
        {
            return $"node name '{name}' starts with a digit";
        }

        return name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? null : $"node name '{name}' has characters other than letters, digits and '_'";
    }

    public static string? NamespaceProblem(string ns)
    {
        if (!ns.StartsWith('/'))
        {
            return $"namespace '{ns}' is not absolute";
        }

        if (ns == "/")
        {
            return null;
        }

        if (ns.EndsWith('/'))
        {
            return $"namespace '{ns}' ends with '/'";
        }

        foreach (var token in ns[1..].Split('/'))
        {
            if (token.Length == 0)
            {
                return $"namespace '{ns}' has an empty segment ('//')";
            }

            if (char.IsAsciiDigit(token[0]))
            {
                return $"namespace '{ns}' has a segment starting with a digit";
            }

            if (!token.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return $"namespace '{ns}' has characters other than letters, digits, '_' and '/'";
            }
        }

        return null;
    }

    /// <summary>launch_ros's <c>prefix_namespace</c>: a relative <paramref name="ns"/> goes under <paramref name="baseNs"/>.</summary>
    public static string? Prefix(string? baseNs, string? ns)
    {
        if (baseNs is null && ns is null)
        {
            return null;
        }

        string combined;
        if (ns is null)
        {
            combined = baseNs!;
        }
        else if (string.IsNullOrEmpty(baseNs) || ns.StartsWith('/'))
        {
            combined = ns;
        }
        else
        {
            combined = (baseNs == "/" ? string.Empty : baseNs) + "/" + ns;
        }

        return combined == "/" ? combined : combined.TrimEnd('/');
    }

    /// <summary>launch_ros's <c>make_namespace_absolute</c>.</summary>
    public static string? MakeAbsolute(string? ns) => ns is null || ns.StartsWith('/') ? ns : "/" + ns;
}
