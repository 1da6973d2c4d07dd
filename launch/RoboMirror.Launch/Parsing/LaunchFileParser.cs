using System.Xml;
using System.Xml.Linq;
using RoboMirror.Launch.Actions;

namespace RoboMirror.Launch.Parsing;

/// <summary>Reads a ROS 2 XML launch file into actions, checking every tag and attribute against the schema.</summary>
internal static partial class LaunchFileParser
{
    public static LaunchFile ParseFile(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new LaunchFileException(new SourceLocation(fullPath, 0, 0), "the launch file does not exist", "an existing .launch.xml file");
        }

        return Parse(File.ReadAllText(fullPath), fullPath);
    }

    public static LaunchFile Parse(string xml, string path)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new LaunchFileException(new SourceLocation(path, e.LineNumber, e.LinePosition), $"malformed XML: {e.Message}", "well-formed XML", e);
        }

        var root = new XmlEntity(document.Root!, path);
        if (root.Tag != "launch")
        {
            throw new LaunchFileException(root.Location, $"the root element is <{root.Tag}>", "<launch>");
        }

        foreach (var name in root.AttributeNames.Where(n => n is not ("version" or "deprecated")))
        {
            throw new LaunchFileException(root.AttributeLocation(name), $"unknown attribute '{name}' on <launch>", "version or deprecated");
        }

        return new LaunchFile(path, ParseActions(root.Children));
    }

    private static List<LaunchAction> ParseActions(IEnumerable<XmlEntity> elements) => elements.Select(ParseAction).ToList();

    private static LaunchAction ParseAction(XmlEntity e)
    {
        if (!LaunchSchema.Actions.ContainsKey(e.Tag))
        {
            throw new LaunchFileException(e.Location, $"unknown tag <{e.Tag}>", "one of: " + LaunchSchema.ActionList);
        }

        LaunchSchema.CheckAction(e);
        var condition = ParseCondition(e);
        return e.Tag switch
        {
            "arg" => ParseArgument(e, condition),
            "let" => new SetConfigurationAction(e.Location, condition, e.RequiredTemplate("name"), e.RequiredTemplate("value")),
            "set_env" => new SetEnvironmentAction(e.Location, condition, e.RequiredTemplate("name"), e.RequiredTemplate("value")),
            "unset_env" => new UnsetEnvironmentAction(e.Location, condition, e.RequiredTemplate("name")),
            "push-ros-namespace" or "push_ros_namespace" => new PushNamespaceAction(e.Location, condition, e.RequiredTemplate("namespace")),
            "log" => new LogAction(e.Location, condition, e.RequiredTemplate("message"), e.TemplateAttribute("level")),
            "group" => ParseGroup(e, condition),
            "include" => new IncludeAction(e.Location, condition, e.RequiredTemplate("file"), NameValues(e, "arg", ["arg"])),
            "executable" => new ExecutableAction(e.Location, condition, e.RequiredTemplate("cmd"), ParseProcessOptions(e, ["env"])),
            _ => ParseNode(e, condition),
        };
    }

    private static ActionCondition? ParseCondition(XmlEntity e)
    {
        if (e.TemplateAttribute("if") is { } ifExpression)
        {
            return new ActionCondition(ifExpression, Negated: false);
        }

        return e.TemplateAttribute("unless") is { } unlessExpression ? new ActionCondition(unlessExpression, Negated: true) : null;
    }

    private static DeclareArgumentAction ParseArgument(XmlEntity e, ActionCondition? condition)
    {
        var name = e.RequiredAttribute("name");
        var choices = new List<string>();
        foreach (var child in e.Children)
        {
            LaunchSchema.CheckChild(child, e, ["choice"]);
            choices.Add(child.RequiredAttribute("value"));
        }

        var @default = e.TemplateAttribute("default");
        if (choices.Count > 0 && @default is { IsLiteral: true } && !choices.Contains(@default.ToString(), StringComparer.Ordinal))
        {
            throw new LaunchFileException(e.AttributeLocation("default"), $"the default \"{@default}\" of argument '{name}' is not one of its choices",
                "one of: " + string.Join(", ", choices));
        }

        return new DeclareArgumentAction(e.Location, condition, name, @default, e.Attribute("description"), choices.Count > 0 ? choices : null);
    }

    private static GroupAction ParseGroup(XmlEntity e, ActionCondition? condition)
    {
        var keep = new List<NameValue>();
        var actions = new List<LaunchAction>();
        foreach (var child in e.Children)
        {
            if (child.Tag == "keep")
            {
                LaunchSchema.CheckChild(child, e, ["keep"]);
                keep.Add(new NameValue(child.RequiredTemplate("name"), child.RequiredTemplate("value")));
            }
            else
            {
                actions.Add(ParseAction(child));
            }
        }

        return new GroupAction(e.Location, condition, e.BooleanAttribute("scoped") ?? true, e.BooleanAttribute("forwarding") ?? true, keep, actions);
    }

    /// <summary>Children of one tag holding name and value; any other child is an error.</summary>
    private static List<NameValue> NameValues(XmlEntity e, string tag, IReadOnlyCollection<string> allowedChildren)
    {
        var list = new List<NameValue>();
        foreach (var child in e.Children)
        {
            LaunchSchema.CheckChild(child, e, allowedChildren);
            if (child.Tag == tag)
            {
                list.Add(new NameValue(child.RequiredTemplate("name"), child.RequiredTemplate("value")));
            }
        }

        return list;
    }
}
