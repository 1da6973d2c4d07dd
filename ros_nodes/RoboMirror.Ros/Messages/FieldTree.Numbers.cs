using System.Globalization;
using System.Numerics;

namespace RoboMirror.Ros.Messages;

/// <summary>Number fields from tree values: YAML text, any integer type, or (for floats) any real type.</summary>
public static partial class FieldTree
{
    public static byte UInt8(object? value, string path) => Integer<byte>(value, path);

    public static sbyte Int8(object? value, string path) => Integer<sbyte>(value, path);

    public static short Int16(object? value, string path) => Integer<short>(value, path);

    public static ushort UInt16(object? value, string path) => Integer<ushort>(value, path);

    public static int Int32(object? value, string path) => Integer<int>(value, path);

    public static uint UInt32(object? value, string path) => Integer<uint>(value, path);

    public static long Int64(object? value, string path) => Integer<long>(value, path);

    public static ulong UInt64(object? value, string path) => Integer<ulong>(value, path);

    public static float Float32(object? value, string path) => (float)Float64(value, path);

    public static double Float64(object? value, string path)
    {
        switch (value)
        {
            case double d:
                return d;
            case float f:
                return f;
            case decimal m:
                return (double)m;
            case string s:
                if (TrySpecial(s.Trim(), out var special))
                {
                    return special;
                }

                if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                break;
            case bool:
                break;
            case IConvertible c:
                return c.ToDouble(CultureInfo.InvariantCulture);
        }

        throw new FieldTreeException(path, $"expected a number, got {Describe(value)}");
    }

    private static T Integer<T>(object? value, string path)
        where T : struct, IBinaryInteger<T>, IMinMaxValue<T>
    {
        BigInteger whole;
        switch (value)
        {
            case string s when BigInteger.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed):
                whole = parsed;
                break;
            case string s when s.Trim().StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                && ulong.TryParse(s.Trim().AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex):
                whole = hex;
                break;
            case double or float or decimal:
                var real = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                if (decimal.Truncate(real) != real)
                {
                    throw new FieldTreeException(path, $"expected a whole number, got {Describe(value)}");
                }

                whole = new BigInteger(real);
                break;
            case sbyte or byte or short or ushort or int or uint or long:
                whole = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                break;
            case ulong u:
                whole = u;
                break;
            default:
                throw new FieldTreeException(path, $"expected a whole number, got {Describe(value)}");
        }

        if (whole < BigInteger.CreateTruncating(T.MinValue) || whole > BigInteger.CreateTruncating(T.MaxValue))
        {
            throw new FieldTreeException(path, $"{whole} is outside the range of {typeof(T).Name} ({T.MinValue} to {T.MaxValue})");
        }

        return T.CreateTruncating(whole);
    }

    private static bool TrySpecial(string text, out double value)
    {
        switch (text.ToLowerInvariant())
        {
            case ".nan" or "nan":
                value = double.NaN;
                return true;
            case ".inf" or "+.inf" or "inf" or "+inf" or "infinity":
                value = double.PositiveInfinity;
                return true;
            case "-.inf" or "-inf" or "-infinity":
                value = double.NegativeInfinity;
                return true;
            default:
                value = 0;
                return false;
        }
    }
}
