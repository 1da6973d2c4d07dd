namespace RoboMirror.Launch.Parsing;

/// <summary>
/// The tags and attributes the interpreter accepts, spelt as ROS 2's <c>launch</c> and <c>launch_ros</c> parse them.
/// Like <c>ros2 launch</c> (which calls <c>assert_entity_completely_parsed</c>), anything else is an error: a typo in a
/// study's launch file should stop it, not be silently ignored.
/// </summary>
internal static class LaunchSchema
{
    private static readonly string[] Conditions = ["if", "unless"];

    private static readonly string[] ProcessAttributes =
    [
        "cwd", "name", "launch-prefix", "output", "respawn", "respawn_delay", "respawn_max_retries",
        "sigterm_timeout", "sigkill_timeout", "shell", "emulate_tty", "on_exit",
    ];

    /// <summary>Action tags, with the attributes and child tags each accepts (conditions excluded).</summary>
    public static readonly IReadOnlyDictionary<string, (string[] Attributes, string[] Children)> Actions =
        new Dictionary<string, (string[] Attributes, string[] Children)>(StringComparer.Ordinal)
        {
            ["arg"] = (["name", "default", "description"], ["choice"]),
            ["let"] = (["name", "value"], []),
            ["set_env"] = (["name", "value"], []),
            ["unset_env"] = (["name"], []),
            ["push-ros-namespace"] = (["namespace"], []),
            ["push_ros_namespace"] = (["namespace"], []),
            ["log"] = (["message", "level"], []),
            ["group"] = (["scoped", "forwarding"], ["keep", "*"]),
            ["include"] = (["file"], ["arg"]),
            ["executable"] = (["cmd", .. ProcessAttributes], ["env"]),
            ["node"] = (["pkg", "exec", "namespace", "exec_name", "args", "ros_args", .. ProcessAttributes], ["param", "remap", "env"]),
        };

    /// <summary>Child tags that are not actions, with their attributes.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ChildAttributes =
        new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["choice"] = ["value"],
            ["keep"] = ["name", "value"],
            ["arg"] = ["name", "value"],
            ["env"] = ["name", "value"],
            ["remap"] = ["from", "to"],
            ["param"] = ["name", "value", "type", "value-sep", "from", "allow_substs"],
        };

    public static string ActionList => string.Join(", ", Actions.Keys.Select(k => $"<{k}>"));

    /// <summary>Checks an action element's attributes against the schema.</summary>
    public static void CheckAction(XmlEntity entity)
    {
        var (attributes, _) = Actions[entity.Tag];
        CheckAttributes(entity, [.. attributes, .. Conditions]);
        if (entity.HasAttribute("if") && entity.HasAttribute("unless"))
        {
            throw new LaunchFileException(entity.AttributeLocation("unless"), $"<{entity.Tag}> has both 'if' and 'unless'", "one of them");
        }
    }

    /// <summary>Checks a non-action child element (param, remap, env, arg of include, …) against the schema.</summary>
    public static void CheckChild(XmlEntity entity, XmlEntity parent, IReadOnlyCollection<string> allowedChildren)
    {
        if (!allowedChildren.Contains(entity.Tag))
        {
            throw new LaunchFileException(entity.Location, $"unexpected <{entity.Tag}> inside <{parent.Tag}>",
                allowedChildren.Count == 0 ? $"no child elements in <{parent.Tag}>" : "one of: " + string.Join(", ", allowedChildren.Select(c => $"<{c}>")));
        }

        CheckAttributes(entity, ChildAttributes[entity.Tag]);
        var nested = entity.Children.FirstOrDefault(c => !(entity.Tag == "param" && c.Tag == "param"));
        if (nested is not null)
        {
            throw new LaunchFileException(nested.Location, $"unexpected <{nested.Tag}> inside <{entity.Tag}>", $"no child elements in <{entity.Tag}>");
        }
    }

    private static void CheckAttributes(XmlEntity entity, IReadOnlyCollection<string> allowed)
    {
        foreach (var name in entity.AttributeNames)
        {
            if (allowed.Contains(name))
            {
                continue;
            }

            var expected = name == "required" && entity.Tag is "node" or "executable"
                ? "on_exit=\"shutdown\" (ROS 2's spelling of ROS 1's required=\"true\"; ros2 launch rejects 'required')"
                : "one of: " + string.Join(", ", allowed);
            throw new LaunchFileException(entity.AttributeLocation(name), $"unknown attribute '{name}' on <{entity.Tag}>", expected);
        }
    }
}
