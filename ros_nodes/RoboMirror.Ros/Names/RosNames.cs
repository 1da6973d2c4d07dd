namespace RoboMirror.Ros.Names;

/// <summary>
/// ROS 2 name rules (design.ros2.org "Topic and Service name mapping to DDS"): validation of node names
/// and namespaces, and expansion of relative (<c>chatter</c>), private (<c>~/state</c>) and substituted
/// (<c>{node}</c>, <c>{ns}</c>) topic names into fully qualified ones (<c>/robomirror/chatter</c>).
/// </summary>
public static class RosNames
{
    /// <summary>Throws <see cref="RosException"/> unless <paramref name="name"/> is a valid node name (<c>[A-Za-z_][A-Za-z0-9_]*</c>).</summary>
    public static void ValidateNodeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || char.IsAsciiDigit(name[0]) || !name.All(IsTokenChar))
        {
            throw new RosException(
                RosErrorCode.InvalidName,
                $"Node name '{name}' is invalid: a node name is non-empty, uses only letters, digits and underscores, and does not start with a digit.");
        }
    }

    /// <summary>
    /// Returns the namespace in canonical form: <c>""</c> and <c>"/"</c> become <c>/</c>, <c>robomirror</c>
    /// becomes <c>/robomirror</c>, a trailing slash is dropped. Throws <see cref="RosException"/> when invalid.
    /// </summary>
    public static string NormalizeNamespace(string ns)
    {
        ArgumentNullException.ThrowIfNull(ns);
        var canonical = ns.Length == 0 || ns == "/" ? "/" : "/" + ns.Trim('/');
        if (canonical != "/")
        {
            ValidateAbsolute(canonical, "Namespace", ns);
        }

        return canonical;
    }

    /// <summary>
    /// Expands <paramref name="topic"/> for a node named <paramref name="nodeName"/> in namespace
    /// <paramref name="nodeNamespace"/> and validates the result.
    /// </summary>
    public static string ExpandTopicName(string topic, string nodeName, string nodeNamespace)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var ns = NormalizeNamespace(nodeNamespace);
        if (topic.Length == 0)
        {
            throw new RosException(RosErrorCode.InvalidName, "Topic name is empty: give a name such as 'chatter' or '/chatter'.");
        }

        if (topic.Contains("//", StringComparison.Ordinal))
        {
            throw new RosException(RosErrorCode.InvalidName, $"Topic name '{topic}' is invalid: it must not contain '//'.");
        }

        var nodeFqn = ns == "/" ? "/" + nodeName : ns + "/" + nodeName;
        var expanded = topic
            .Replace("{node}", nodeName, StringComparison.Ordinal)
            .Replace("{namespace}", ns, StringComparison.Ordinal)
            .Replace("{ns}", ns, StringComparison.Ordinal);
        if (expanded == "~")
        {
            expanded = nodeFqn;
        }
        else if (expanded.StartsWith("~/", StringComparison.Ordinal))
        {
            expanded = nodeFqn + expanded[1..];
        }
        else if (!expanded.StartsWith('/'))
        {
            expanded = (ns == "/" ? "/" : ns + "/") + expanded;
        }

        expanded = expanded.Replace("//", "/", StringComparison.Ordinal); // '{ns}/x' in the root namespace
        ValidateAbsolute(expanded, "Topic name", topic);
        return expanded;
    }

    /// <summary>True when <paramref name="topic"/> is a valid fully qualified topic name such as <c>/a/b</c>.</summary>
    public static bool IsValidFullyQualified(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return Problem(topic) is null;
    }

    private static void ValidateAbsolute(string name, string what, string given)
    {
        if (Problem(name) is { } problem)
        {
            throw new RosException(RosErrorCode.InvalidName, $"{what} '{given}' is invalid: {problem}.");
        }
    }

    private static string? Problem(string name)
    {
        if (name.Length < 2 || name[0] != '/')
        {
            return "a fully qualified name starts with '/' and has at least one token";
        }

        if (name.EndsWith('/'))
        {
            return "it must not end with '/'";
        }

        foreach (var token in name[1..].Split('/'))
        {
            if (token.Length == 0)
            {
                return "it must not contain '//'";
            }

            if (char.IsAsciiDigit(token[0]))
            {
                return $"token '{token}' starts with a digit";
            }

            if (!token.All(IsTokenChar))
            {
                return $"token '{token}' may only use letters, digits and underscores";
            }
        }

        return null;
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
