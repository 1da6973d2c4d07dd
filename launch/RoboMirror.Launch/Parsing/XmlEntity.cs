using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using RoboMirror.Launch.Substitutions;

namespace RoboMirror.Launch.Parsing;

/// <summary>One XML element of a launch file with typed, located access to its attributes and children.</summary>
internal sealed class XmlEntity(XElement element, string file)
{
    public string Tag => element.Name.LocalName;

    public string File => file;

    public SourceLocation Location => LocationOf(element);

    public IEnumerable<XmlEntity> Children => element.Elements().Select(e => new XmlEntity(e, file));

    public IEnumerable<string> AttributeNames => element.Attributes().Select(a => a.Name.LocalName);

    public bool HasAttribute(string name) => element.Attribute(name) is not null;

    public SourceLocation AttributeLocation(string name) =>
        element.Attribute(name) is { } attribute ? LocationOf(attribute) : Location;

    public string? Attribute(string name) => element.Attribute(name)?.Value;

    public string RequiredAttribute(string name) =>
        Attribute(name) ?? throw new LaunchFileException(Location, $"<{Tag}> has no '{name}' attribute", $"<{Tag} {name}=\"…\">");

    public Template? TemplateAttribute(string name) =>
        element.Attribute(name) is { } attribute ? TemplateParser.Parse(attribute.Value, LocationOf(attribute)) : null;

    public Template RequiredTemplate(string name) =>
        TemplateAttribute(name) ?? throw new LaunchFileException(Location, $"<{Tag}> has no '{name}' attribute", $"<{Tag} {name}=\"…\">");

    /// <summary>A boolean attribute as ROS 2 coerces it (YAML rules: true/false, yes/no, on/off in any common case).</summary>
    public bool? BooleanAttribute(string name)
    {
        var text = Attribute(name);
        if (text is null)
        {
            return null;
        }

        return BooleanText.TryParse(text, out var value)
            ? value
            : throw new LaunchFileException(AttributeLocation(name), $"'{name}' is \"{text}\"", "true or false");
    }

    /// <summary>A non-negative number of seconds (respawn_delay, sigterm_timeout, sigkill_timeout).</summary>
    public double? SecondsAttribute(string name)
    {
        var text = Attribute(name);
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || double.IsNaN(value))
        {
            throw new LaunchFileException(AttributeLocation(name), $"'{name}' is \"{text}\"", "a non-negative number of seconds");
        }

        return value;
    }

    public int? IntegerAttribute(string name)
    {
        var text = Attribute(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new LaunchFileException(AttributeLocation(name), $"'{name}' is \"{text}\"", "an integer");
    }

    public static SourceLocation LocationOf(XObject node, string file) =>
        node is IXmlLineInfo info && info.HasLineInfo()
            ? new SourceLocation(file, info.LineNumber, info.LinePosition)
            : new SourceLocation(file, 0, 0);

    private SourceLocation LocationOf(XObject node) => LocationOf(node, file);
}
