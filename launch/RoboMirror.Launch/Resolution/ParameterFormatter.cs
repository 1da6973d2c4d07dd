using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RoboMirror.Launch.Substitutions;

namespace RoboMirror.Launch.Resolution;

/// <summary>
/// Writes a <c>&lt;param name value&gt;</c> as the value of a <c>-p name:=value</c> ROS argument. The node reads that
/// value as YAML, so the text is kept as it is when YAML reads it as the same typed value ROS 2 launch would pass
/// (number, boolean, list, plain string), and written as a quoted YAML string otherwise (several lines, leading
/// quotes, <c>: </c>, an explicit <c>type="str"</c> over a number-like text).
/// </summary>
internal static partial class ParameterFormatter
{
    public static string Format(string raw, string? type, string? separator)
    {
        if (separator is not null)
        {
            var elementType = type is { } t && t.StartsWith("list[", StringComparison.Ordinal) ? t[5..^1] : type;
            var items = raw.Split(separator).Select(item => FormatScalar(item, elementType));
            return "[" + string.Join(", ", items) + "]";
        }

        if (type is { } listType && listType.StartsWith("list[", StringComparison.Ordinal))
        {
            return Classify(raw) == YamlKind.List
                ? raw.Trim()
                : throw new FormatException($"\"{raw}\" is not a list, expected {listType} like [a, b] (or value-sep)");
        }

        return FormatScalar(raw, type);
    }

    private static string FormatScalar(string raw, string? type)
    {
        switch (type)
        {
            case "str":
                return Classify(raw) == YamlKind.String && IsPlainSafe(raw) ? raw : Quote(raw);
            case "int":
                return long.TryParse(raw.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                    ? l.ToString(CultureInfo.InvariantCulture)
                    : throw new FormatException($"\"{raw}\" is not an int");
            case "float":
                return double.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    ? PythonValues.FormatFloat(d)
                    : throw new FormatException($"\"{raw}\" is not a float");
            case "bool":
                return BooleanText.TryParse(raw, out var b) ? BooleanText.ToText(b) : throw new FormatException($"\"{raw}\" is not a bool");
        }

        return Classify(raw) switch
        {
            YamlKind.Mapping => throw new FormatException($"\"{raw}\" reads as a YAML mapping, which is not a parameter value; add type=\"str\" to pass it as text"),
            YamlKind.String => IsPlainSafe(raw) ? raw : Quote(raw),
            _ => raw.Trim(),
        };
    }

    private enum YamlKind
    {
        String,
        Bool,
        Integer,
        Float,
        List,
        Mapping,
    }

    private static YamlKind Classify(string raw)
    {
        var text = raw.Trim();
        if (text.Contains('\n', StringComparison.Ordinal))
        {
            return YamlKind.String;
        }

        if (BooleanText.TryParse(text, out _) && text is not ("1" or "0"))
        {
            return YamlKind.Bool;
        }

        if (IntegerPattern().IsMatch(text))
        {
            return YamlKind.Integer;
        }

        if (FloatPattern().IsMatch(text))
        {
            return YamlKind.Float;
        }

        if (text.StartsWith('[') && text.EndsWith(']'))
        {
            return YamlKind.List;
        }

        return text.StartsWith('{') || MappingPattern().IsMatch(text) ? YamlKind.Mapping : YamlKind.String;
    }

    // A plain YAML scalar that reads back as exactly this text, also for rcl's YAML 1.1 rules.
    private static bool IsPlainSafe(string text) =>
        text.Length > 0
        && text == text.Trim()
        && !text.Contains('\n', StringComparison.Ordinal)
        && !text.Contains('\t', StringComparison.Ordinal)
        && !"!&*-?:,[]{}#|>@`\"'%".Contains(text[0], StringComparison.Ordinal)
        && !text.Contains(": ", StringComparison.Ordinal)
        && !text.Contains(" #", StringComparison.Ordinal)
        && !text.EndsWith(':')
        && text is not ("~" or "null" or "Null" or "NULL")
        && text is not ("y" or "Y" or "n" or "N"); // strings for Python's YAML, booleans for rcl's: quote them

    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    [GeneratedRegex(@"^[-+]?(0|[1-9][0-9_]*|0x[0-9a-fA-F_]+|0o?[0-7_]+)$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^[^\s'""\[{][^:]*:(\s|$)")]
    private static partial Regex MappingPattern();
}
