using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// Field trees as YAML the way <c>ros2 topic echo</c> prints them (PyYAML block style: sequences not
/// indented under their key, floats as Python's repr, strings quoted only where YAML would misread them),
/// and the values argument of <c>topic pub</c> (<c>"{data: hello}"</c>) read into a field tree.
/// </summary>
internal static partial class TopicYaml
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ".nan", ".inf", "-.inf", "+.inf",
    };

    /// <summary>The tree as YAML lines, without the <c>---</c> separator.</summary>
    public static string Write(IEnumerable<KeyValuePair<string, object?>> tree)
    {
        var text = new StringBuilder();
        WriteMap(text, tree, 0);
        return text.ToString();
    }

    /// <summary>A single value (e.g. a <c>--field</c> selection) as echo prints it.</summary>
    public static string WriteValue(object? value)
    {
        var text = new StringBuilder();
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteMap(text, map, 0);
                break;
            case object?[] list:
                WriteList(text, list, 0);
                break;
            default:
                text.Append(Scalar(value)).Append('\n');
                break;
        }

        return text.ToString();
    }

    /// <summary>
    /// Reads <c>topic pub</c> values: a YAML mapping (flow or block) whose scalars stay text for the message
    /// to convert. Empty text is the empty mapping. Throws <see cref="TopicCommandException"/> otherwise.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> ParseValues(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new Dictionary<string, object?>();
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new TopicCommandException($"The passed value is not valid YAML (line {e.Start.Line}, column {e.Start.Column}): {e.InnerException?.Message ?? e.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new TopicCommandException("The passed value needs to be a dictionary in YAML format, e.g. \"{data: hello}\".");
        }

        return (IReadOnlyDictionary<string, object?>)Convert(root)!;
    }

    private static object? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value ?? string.Empty, c => Convert(c.Value), StringComparer.Ordinal),
        YamlSequenceNode list => list.Children.Select(Convert).ToList(),
        YamlScalarNode scalar => scalar.Value,
        _ => null,
    };

    private static void WriteMap(StringBuilder text, IEnumerable<KeyValuePair<string, object?>> map, int indent)
    {
        foreach (var (key, value) in map)
        {
            text.Append(' ', indent).Append(key).Append(':');
            WriteChild(text, value, indent, indentSequences: false);
        }
    }

    private static void WriteChild(StringBuilder text, object? value, int indent, bool indentSequences)
    {
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, object?>> nested when nested.Any():
                text.Append('\n');
                WriteMap(text, nested, indent + 2);
                break;
            case IEnumerable<KeyValuePair<string, object?>>:
                text.Append(" {}\n");
                break;
            case object?[] { Length: 0 }:
                text.Append(" []\n");
                break;
            case object?[] list:
                text.Append('\n');
                WriteList(text, list, indentSequences ? indent + 2 : indent);
                break;
            default:
                text.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static void WriteList(StringBuilder text, object?[] list, int indent)
    {
        foreach (var item in list)
        {
            text.Append(' ', indent).Append('-');
            switch (item)
            {
                case IEnumerable<KeyValuePair<string, object?>> map when map.Any():
                    // The first key goes on the dash's line, the rest under it.
                    var first = true;
                    foreach (var (key, value) in map)
                    {
                        if (first)
                        {
                            text.Append(' ');
                            first = false;
                        }
                        else
                        {
                            text.Append(' ', indent + 2);
                        }

                        text.Append(key).Append(':');
                        WriteChild(text, value, indent + 2, indentSequences: false);
                    }

                    break;
                case object?[] { Length: > 0 } inner:
                    text.Append('\n');
                    WriteList(text, inner, indent + 2);
                    break;
                default:
                    WriteChild(text, item, indent, indentSequences: true);
                    break;
            }
        }
    }

    /// <summary>A scalar as PyYAML writes it.</summary>
    public static string Scalar(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        float f => Float(f),
        double d => Float(d),
        string s => String(s),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => String(value.ToString() ?? string.Empty),
    };

    /// <summary>A float as PyYAML writes it: Python's repr with a <c>.0</c> in an exponent's mantissa (<c>1.0e-05</c>), <c>.nan</c>, <c>.inf</c>.</summary>
    public static string Float(double value)
    {
        if (double.IsNaN(value))
        {
            return ".nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? ".inf" : "-.inf";
        }

        var repr = PythonFloat(value);
        var exponent = repr.IndexOf('e', StringComparison.Ordinal);
        return exponent < 0 || repr[..exponent].Contains('.', StringComparison.Ordinal) ? repr : repr.Insert(exponent, ".0");
    }

    /// <summary>Python's <c>repr</c> of a float: shortest round-trip digits, <c>1.0</c>, <c>1e-05</c>, <c>1e+16</c>, <c>nan</c>, <c>inf</c>.</summary>
    public static string PythonFloat(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var magnitude = Math.Abs(value);
        if (magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e16))
        {
            // Python prints this range positionally, with at least one decimal.
            var positional = value.ToString("R", CultureInfo.InvariantCulture);
            if (positional.Contains('E', StringComparison.Ordinal))
            {
                positional = value.ToString("0.0################", CultureInfo.InvariantCulture);
            }

            return positional.Contains('.', StringComparison.Ordinal) ? positional : positional + ".0";
        }

        // Shortest mantissa that round-trips, then Python's exponent form: 1e-05, 1.5e+16.
        var scientific = value.ToString("E0", CultureInfo.InvariantCulture);
        for (var digits = 1; digits <= 17 && double.Parse(scientific, CultureInfo.InvariantCulture) != value; digits++)
        {
            scientific = value.ToString("E" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        var e = scientific.IndexOf('E', StringComparison.Ordinal);
        var mantissa = scientific[..e];
        if (mantissa.Contains('.', StringComparison.Ordinal))
        {
            mantissa = mantissa.TrimEnd('0').TrimEnd('.');
        }

        var power = int.Parse(scientific[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return mantissa + "e" + (power < 0 ? "-" : "+") + Math.Abs(power).ToString("00", CultureInfo.InvariantCulture);
    }

    private static string String(string value)
    {
        if (value.Contains('\n', StringComparison.Ordinal) || value.Any(char.IsControl))
        {
            return "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
                .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";
        }

        var needsQuotes = value.Length == 0
            || Reserved.Contains(value)
            || LooksNumeric().IsMatch(value)
            || "-?:,[]{}#&*!|>'\"%@`".Contains(value[0], StringComparison.Ordinal)
            || value.Contains(": ", StringComparison.Ordinal)
            || value.Contains(" #", StringComparison.Ordinal)
            || value.EndsWith(':')
            || char.IsWhiteSpace(value[0])
            || char.IsWhiteSpace(value[^1]);
        return needsQuotes ? "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'" : value;
    }

    [GeneratedRegex(@"^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^0x[0-9a-fA-F]+$|^0o[0-7]+$")]
    private static partial Regex LooksNumeric();
}
