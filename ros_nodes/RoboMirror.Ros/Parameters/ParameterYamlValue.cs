using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RoboMirror.Ros.Parameters;

/// <summary>
/// Turns a YAML node into a parameter value the way ROS 2's parameter file parser types it: quoted
/// scalars are strings; plain scalars are bools (<c>true</c>, <c>False</c>, <c>yes</c>, <c>on</c> …),
/// integers, doubles (<c>1.5</c>, <c>1e-3</c>, <c>.inf</c>, <c>.nan</c>) or else strings; a flow or block
/// sequence of one type is an array (integers among doubles count as doubles).
/// </summary>
internal static class ParameterYamlValue
{
    private static readonly HashSet<string> TrueWords = new(StringComparer.Ordinal) { "true", "True", "TRUE", "yes", "Yes", "YES", "y", "Y", "on", "On", "ON" };
    private static readonly HashSet<string> FalseWords = new(StringComparer.Ordinal) { "false", "False", "FALSE", "no", "No", "NO", "n", "N", "off", "Off", "OFF" };

    /// <summary>Converts <paramref name="node"/>; on failure returns null and says why in <paramref name="problem"/>.</summary>
    public static ParameterValue? Convert(YamlNode node, out string? problem)
    {
        problem = null;
        switch (node)
        {
            case YamlScalarNode scalar:
                return ConvertScalar(scalar, out problem);
            case YamlSequenceNode sequence:
                return ConvertSequence(sequence, out problem);
            default:
                problem = "a parameter value must be a scalar or a sequence of scalars";
                return null;
        }
    }

    /// <summary>Parses a command-line value (<c>-p name:=value</c>) as YAML, as ROS 2 does.</summary>
    public static ParameterValue? Parse(string text, out string? problem)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            problem = $"'{text}' is not a valid YAML value: {e.Message}";
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            problem = "the value is empty";
            return null;
        }

        return Convert(stream.Documents[0].RootNode, out problem);
    }

    private static ParameterValue? ConvertScalar(YamlScalarNode scalar, out string? problem)
    {
        problem = null;
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return ParameterValue.From(text);
        }

        if (text.Length == 0 || text is "~" or "null" or "Null" or "NULL")
        {
            problem = "the parameter has no value (write a value, or quote '' for an empty string)";
            return null;
        }

        if (TrueWords.Contains(text))
        {
            return ParameterValue.From(true);
        }

        if (FalseWords.Contains(text))
        {
            return ParameterValue.From(false);
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return ParameterValue.From(integer);
        }

        if (TryParseDouble(text, out var real))
        {
            return ParameterValue.From(real);
        }

        return ParameterValue.From(text);
    }

    private static ParameterValue? ConvertSequence(YamlSequenceNode sequence, out string? problem)
    {
        problem = null;
        if (sequence.Children.Count == 0)
        {
            problem = "an empty sequence has no element type; write at least one element";
            return null;
        }

        var values = new List<ParameterValue>(sequence.Children.Count);
        foreach (var child in sequence.Children)
        {
            if (child is not YamlScalarNode scalar)
            {
                problem = $"line {child.Start.Line}: array elements must be scalars, not nested sequences or mappings";
                return null;
            }

            var value = ConvertScalar(scalar, out problem);
            if (value is null)
            {
                problem = $"line {child.Start.Line}: {problem}";
                return null;
            }

            values.Add(value);
        }

        var types = values.Select(v => v.Type).Distinct().ToList();
        if (types.Count == 1)
        {
            return types[0] switch
            {
                ParameterType.Bool => ParameterValue.From(values.Select(v => v.AsBool())),
                ParameterType.Integer => ParameterValue.From(values.Select(v => v.AsInteger())),
                ParameterType.Double => ParameterValue.From(values.Select(v => v.AsDouble())),
                _ => ParameterValue.From(values.Select(v => v.AsString())),
            };
        }

        if (types.All(t => t is ParameterType.Integer or ParameterType.Double))
        {
            return ParameterValue.From(values.Select(v => v.AsDouble()));
        }

        problem = $"array elements must all have one type, but this array mixes {string.Join(" and ", types.Select(t => t.ToString().ToLowerInvariant()))}";
        return null;
    }

    private static bool TryParseDouble(string text, out double value)
    {
        switch (text)
        {
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                value = double.PositiveInfinity;
                return true;
            case "-.inf" or "-.Inf" or "-.INF":
                value = double.NegativeInfinity;
                return true;
            case ".nan" or ".NaN" or ".NAN":
                value = double.NaN;
                return true;
            default:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
                    && !double.IsInfinity(value) && !double.IsNaN(value);
        }
    }
}
