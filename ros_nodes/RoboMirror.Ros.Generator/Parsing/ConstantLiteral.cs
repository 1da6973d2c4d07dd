using System.Globalization;
using System.Text;
using RoboMirror.Ros.Generator.Model;

namespace RoboMirror.Ros.Generator.Parsing;

/// <summary>Checks constant and default values against their type and writes them as C# literals.</summary>
internal static class ConstantLiteral
{
    public static void Check(Primitive type, string value, string member, int line)
    {
        if (ToCSharp(type, value) is null)
        {
            throw new MsgParseException($"'{member}': value '{value}' is not a valid {type.MsgName}", line);
        }
    }

    /// <summary>The C# literal for <paramref name="value"/>, or null when it does not fit the type.</summary>
    public static string? ToCSharp(Primitive type, string value)
    {
        switch (type.MsgName)
        {
            case "string":
                return Quote(value);
            case "bool":
                return value switch
                {
                    "true" or "True" or "1" => "true",
                    "false" or "False" or "0" => "false",
                    _ => null,
                };
            case "float32":
            case "float64":
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) || double.IsNaN(real) || double.IsInfinity(real))
                {
                    return null;
                }

                return type.MsgName == "float32"
                    ? ((float)real).ToString("R", CultureInfo.InvariantCulture) + "f"
                    : real.ToString("R", CultureInfo.InvariantCulture) + "d";
            case "uint64":
                return ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var big) ? big.ToString(CultureInfo.InvariantCulture) + "UL" : null;
            default:
                if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
                {
                    return null;
                }

                var (min, max) = Range(type.MsgName);
                return whole < min || whole > max ? null : whole.ToString(CultureInfo.InvariantCulture) + (type.MsgName == "int64" ? "L" : string.Empty);
        }
    }

    public static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    private static (long Min, long Max) Range(string msgName) => msgName switch
    {
        "int8" => (sbyte.MinValue, sbyte.MaxValue),
        "uint8" or "byte" or "char" => (byte.MinValue, byte.MaxValue),
        "int16" => (short.MinValue, short.MaxValue),
        "uint16" => (ushort.MinValue, ushort.MaxValue),
        "int32" => (int.MinValue, int.MaxValue),
        "uint32" => (uint.MinValue, uint.MaxValue),
        _ => (long.MinValue, long.MaxValue),
    };
}
