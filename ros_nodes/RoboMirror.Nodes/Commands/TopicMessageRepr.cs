using System.Text;
using RoboMirror.Ros.Messages;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// A message as Python's <c>repr</c> shows it in <c>ros2 topic pub</c>'s "publishing #N:" lines, e.g.
/// <c>std_msgs.msg.Header(stamp=builtin_interfaces.msg.Time(sec=1, nanosec=0), frame_id='base')</c>. Nested
/// type names come from the type's definition text (the <c>.msg</c> with its dependencies appended).
/// </summary>
internal static class TopicMessageRepr
{
    private static readonly Dictionary<string, char> TypeCodes = new(StringComparer.Ordinal)
    {
        ["int8"] = 'b', ["uint8"] = 'B', ["int16"] = 'h', ["uint16"] = 'H', ["int32"] = 'i', ["uint32"] = 'I',
        ["int64"] = 'q', ["uint64"] = 'Q', ["float32"] = 'f', ["float64"] = 'd',
    };

    public static string Format(RosMessageType type, IEnumerable<KeyValuePair<string, object?>> tree)
    {
        ArgumentNullException.ThrowIfNull(type);
        var definitions = ParseDefinitions(type.TypeInfo);
        var text = new StringBuilder();
        AppendMessage(text, ShortName(type.TypeInfo.RosName), tree, definitions);
        return text.ToString();
    }

    private static void AppendMessage(StringBuilder text, string type, IEnumerable<KeyValuePair<string, object?>> tree, Dictionary<string, Dictionary<string, string>> definitions)
    {
        var slash = type.IndexOf('/', StringComparison.Ordinal);
        text.Append(type[..slash]).Append(".msg.").Append(type[(slash + 1)..]).Append('(');
        definitions.TryGetValue(type, out var fields);
        var first = true;
        foreach (var (name, value) in tree)
        {
            text.Append(first ? string.Empty : ", ").Append(name).Append('=');
            first = false;
            var fieldType = fields is not null && fields.TryGetValue(name, out var t) ? t : null;
            AppendValue(text, value, fieldType, Package(type), definitions);
        }

        text.Append(')');
    }

    private static void AppendValue(StringBuilder text, object? value, string? fieldType, string package, Dictionary<string, Dictionary<string, string>> definitions)
    {
        var (element, isArray) = SplitArray(fieldType);
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, object?>> nested:
                AppendMessage(text, Qualify(element, package), nested, definitions);
                break;
            case object?[] list when isArray && element is not null && TypeCodes.TryGetValue(element, out var code):
                text.Append("array('").Append(code).Append("', [");
                AppendItems(text, list, element, package, definitions);
                text.Append("])");
                break;
            case object?[] list:
                text.Append('[');
                AppendItems(text, list, element, package, definitions);
                text.Append(']');
                break;
            case bool b:
                text.Append(b ? "True" : "False");
                break;
            case string s:
                text.Append('\'').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append('\'');
                break;
            case float or double:
                text.Append(TopicYaml.PythonFloat(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)));
                break;
            default:
                text.Append(TopicYaml.Scalar(value));
                break;
        }
    }

    private static void AppendItems(StringBuilder text, object?[] list, string? element, string package, Dictionary<string, Dictionary<string, string>> definitions)
    {
        for (var i = 0; i < list.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ");
            AppendValue(text, list[i], element, package, definitions);
        }
    }

    /// <summary>type name (<c>pkg/Type</c>) → field name → field type as written in the .msg text.</summary>
    private static Dictionary<string, Dictionary<string, string>> ParseDefinitions(MessageTypeInfo info)
    {
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        result[ShortName(info.RosName)] = current;
        foreach (var raw in info.Definition.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            if (line.StartsWith("MSG: ", StringComparison.Ordinal))
            {
                current = new Dictionary<string, string>(StringComparer.Ordinal);
                result[ShortName(line[5..].Trim())] = current;
                continue;
            }

            var parts = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && !line.StartsWith("===", StringComparison.Ordinal) && !line.Contains('=', StringComparison.Ordinal))
            {
                current[parts[1]] = parts[0];
            }
        }

        return result;
    }

    private static (string? Element, bool IsArray) SplitArray(string? fieldType)
    {
        if (fieldType is null)
        {
            return (null, false);
        }

        var bracket = fieldType.IndexOf('[', StringComparison.Ordinal);
        var element = bracket < 0 ? fieldType : fieldType[..bracket];
        var bound = element.IndexOf("<=", StringComparison.Ordinal);
        return (bound < 0 ? element : element[..bound], bracket >= 0);
    }

    private static string Qualify(string? type, string package) =>
        type is null ? package + "/Unknown"
        : type == "Header" ? "std_msgs/Header"
        : type.Contains('/', StringComparison.Ordinal) ? ShortName(type)
        : package + "/" + type;

    /// <summary><c>pkg/msg/Type</c> or <c>pkg/Type</c> → <c>pkg/Type</c>.</summary>
    private static string ShortName(string rosName)
    {
        var parts = rosName.Split('/');
        return parts[0] + "/" + parts[^1];
    }

    private static string Package(string type) => type[..type.IndexOf('/', StringComparison.Ordinal)];
}
