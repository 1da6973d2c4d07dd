using RoboMirror.Launch.Actions;
using RoboMirror.Launch.Substitutions;

namespace RoboMirror.Launch.Parsing;

internal static partial class LaunchFileParser
{
    private static ProcessOptions ParseProcessOptions(XmlEntity e, IReadOnlyCollection<string> allowedChildren)
    {
        var onExit = e.Attribute("on_exit");
        if (onExit is not null && onExit != "shutdown")
        {
            throw new LaunchFileException(e.AttributeLocation("on_exit"), $"on_exit is \"{onExit}\"", "\"shutdown\" (the only value ROS 2 supports in XML)");
        }

        var output = e.TemplateAttribute("output");
        if (output is { IsLiteral: true } && !OutputModes.IsKnown(output.ToString()))
        {
            throw new LaunchFileException(output.Location, $"output is \"{output}\"", "one of: " + string.Join(", ", OutputModes.Names));
        }

        return new ProcessOptions(
            WorkingDirectory: e.TemplateAttribute("cwd"),
            Label: e.Tag == "node" ? e.TemplateAttribute("exec_name") : e.TemplateAttribute("name"),
            LaunchPrefix: e.TemplateAttribute("launch-prefix"),
            Output: output,
            Respawn: e.TemplateAttribute("respawn"),
            RespawnDelay: e.SecondsAttribute("respawn_delay"),
            RespawnMaxRetries: e.IntegerAttribute("respawn_max_retries"),
            SigtermTimeout: e.SecondsAttribute("sigterm_timeout"),
            SigkillTimeout: e.SecondsAttribute("sigkill_timeout"),
            Shell: e.BooleanAttribute("shell") ?? false,
            EmulateTty: e.BooleanAttribute("emulate_tty") ?? false,
            ShutdownOnExit: onExit is not null,
            Environment: e.Children.Where(c => c.Tag == "env").Select(c =>
            {
                LaunchSchema.CheckChild(c, e, allowedChildren);
                return new NameValue(c.RequiredTemplate("name"), c.RequiredTemplate("value"));
            }).ToList());
    }

    private static NodeAction ParseNode(XmlEntity e, ActionCondition? condition)
    {
        var parameters = new List<NodeParameter>();
        var remappings = new List<NameValue>();
        foreach (var child in e.Children)
        {
            LaunchSchema.CheckChild(child, e, ["param", "remap", "env"]);
            if (child.Tag == "param")
            {
                ParseParameter(child, [], parameters);
            }
            else if (child.Tag == "remap")
            {
                remappings.Add(new NameValue(child.RequiredTemplate("from"), child.RequiredTemplate("to")));
            }
        }

        return new NodeAction(
            e.Location, condition, e.TemplateAttribute("pkg"), e.RequiredTemplate("exec"), e.TemplateAttribute("name"),
            e.TemplateAttribute("namespace"), e.TemplateAttribute("args"), e.TemplateAttribute("ros_args"), parameters, remappings,
            ParseProcessOptions(e, ["param", "remap", "env"]));
    }

    // launch_ros's parse_nested_parameters: 'from' (a file) or 'name' with 'value' or nested <param>s, never both.
    private static void ParseParameter(XmlEntity p, IReadOnlyList<Template> parentPath, List<NodeParameter> into)
    {
        var from = p.TemplateAttribute("from");
        var name = p.TemplateAttribute("name");
        if (from is not null)
        {
            if (name is not null || parentPath.Count > 0)
            {
                throw new LaunchFileException(p.Location, "<param> with 'from' inside a parameter or together with 'name'", "<param from=\"file.yaml\"/> directly under <node>");
            }

            if (p.HasAttribute("allow_substs"))
            {
                throw new LaunchFileException(p.AttributeLocation("allow_substs"), "allow_substs (substitutions inside a parameter file) is not supported by RoboMirror's interpreter", "a parameter file without substitutions, or ros2 launch");
            }

            into.Add(new ParameterFile(p.Location, from));
            return;
        }

        if (name is null)
        {
            throw new LaunchFileException(p.Location, "<param> without 'name' or 'from'", "<param name=\"…\" value=\"…\"/> or <param from=\"file.yaml\"/>");
        }

        var path = parentPath.Append(name).ToList();
        var nested = p.Children.ToList();
        var value = p.TemplateAttribute("value");
        if (value is not null && nested.Count > 0)
        {
            throw new LaunchFileException(p.Location, $"<param name=\"{name}\"> has both a value and nested parameters", "either value=\"…\" or nested <param> elements");
        }

        if (value is null && nested.Count == 0)
        {
            throw new LaunchFileException(p.Location, $"<param name=\"{name}\"> has neither a value nor nested parameters", "value=\"…\" or nested <param> elements");
        }

        if (value is not null)
        {
            var type = p.Attribute("type");
            if (type is not null && !ParameterTypes.IsKnown(type))
            {
                throw new LaunchFileException(p.AttributeLocation("type"), $"parameter type \"{type}\"", "one of: " + string.Join(", ", ParameterTypes.Names));
            }

            into.Add(new ParameterValue(p.Location, path, value, type, p.Attribute("value-sep")));
            return;
        }

        foreach (var child in nested)
        {
            LaunchSchema.CheckChild(child, p, ["param"]);
            ParseParameter(child, path, into);
        }
    }
}
