using System.Globalization;

namespace RoboMirror.Launch.Substitutions;

/// <summary>Python's rules for the values of an <c>$(eval …)</c>: truthiness, arithmetic, comparison, <c>str()</c>.</summary>
internal static class PythonValues
{
    public static bool IsTrue(object? value) => value switch
    {
        null => false,
        bool b => b,
        long l => l != 0,
        double d => d != 0.0,
        string s => s.Length > 0,
        _ => true,
    };

    public static string ToPythonString(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => FormatFloat(d),
        string s => s,
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Python's <c>repr(float)</c>: shortest round-trip digits, <c>.0</c> on whole numbers, exponent past 1e16.</summary>
    public static string FormatFloat(double d)
    {
        if (double.IsNaN(d))
        {
            return "nan";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "inf" : "-inf";
        }

        var abs = Math.Abs(d);
        if (abs != 0 && (abs >= 1e16 || abs < 1e-4))
        {
            var (digits, exponent) = ShortestDigits(abs);
            var mantissa = digits.Length == 1 ? digits : $"{digits[0]}.{digits[1..]}";
            return $"{(d < 0 ? "-" : string.Empty)}{mantissa}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}";
        }

        var text = abs >= 1e15 ? d.ToString("F1", CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    // The shortest round-trip significant digits of a positive double and the power of ten of the first digit.
    private static (string Digits, int Exponent) ShortestDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var at = text.IndexOf('E', StringComparison.Ordinal);
        if (at >= 0)
        {
            exponent = int.Parse(text[(at + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..at];
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = point >= 0 ? point : text.Length;
        var all = text.Replace(".", string.Empty, StringComparison.Ordinal);
        var leadingZeros = all.Length - all.TrimStart('0').Length;
        var digits = all.Trim('0');
        return (digits.Length == 0 ? "0" : digits, exponent + integerDigits - leadingZeros - 1);
    }

    public static object? Binary(string op, object? left, object? right)
    {
        if (op == "+" && left is string ls && right is string rs)
        {
            return ls + rs;
        }

        if (op == "*" && (left is string || right is string))
        {
            return Repeat(left, right);
        }

        if (op == "%" && left is string)
        {
            throw new PythonExpressionException("string formatting with % is not supported in $(eval)");
        }

        if (!IsNumber(left) || !IsNumber(right))
        {
            throw new PythonExpressionException(
                $"unsupported operand types for {op}: '{TypeName(left)}' and '{TypeName(right)}'");
        }

        if (left is double || right is double || op == "/")
        {
            return FloatOperation(op, ToDouble(left), ToDouble(right));
        }

        return IntegerOperation(op, ToLong(left), ToLong(right));
    }

    public static bool Compare(string op, object? left, object? right)
    {
        switch (op)
        {
            case "==":
                return AreEqual(left, right);
            case "!=":
                return !AreEqual(left, right);
            case "is":
                return ReferenceEquals(left, right) || (left is null && right is null) || (left is bool a && right is bool b && a == b);
            case "is not":
                return !Compare("is", left, right);
            case "in":
                return Contains(right, left);
            case "not in":
                return !Contains(right, left);
        }

        int order;
        if (left is string ls && right is string rs)
        {
            order = string.CompareOrdinal(ls, rs);
        }
        else if (IsNumber(left) && IsNumber(right))
        {
            order = ToDouble(left).CompareTo(ToDouble(right));
        }
        else
        {
            throw new PythonExpressionException(
                $"'{op}' not supported between instances of '{TypeName(left)}' and '{TypeName(right)}'");
        }

        return op switch
        {
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            _ => order >= 0,
        };
    }

    public static string TypeName(object? value) => value switch
    {
        null => "NoneType",
        bool => "bool",
        long => "int",
        double => "float",
        string => "str",
        _ => value.GetType().Name,
    };

    public static bool IsNumber(object? value) => value is long or double or bool;

    public static double ToDouble(object? value) => value switch
    {
        bool b => b ? 1 : 0,
        long l => l,
        double d => d,
        _ => throw new PythonExpressionException($"expected a number, got '{TypeName(value)}'"),
    };

    public static long ToLong(object? value) => value switch
    {
        bool b => b ? 1 : 0,
        long l => l,
        _ => throw new PythonExpressionException($"expected an integer, got '{TypeName(value)}'"),
    };

    private static bool AreEqual(object? left, object? right)
    {
        if (IsNumber(left) && IsNumber(right))
        {
            return ToDouble(left) == ToDouble(right);
        }

        return Equals(left, right);
    }

    private static bool Contains(object? container, object? item)
    {
        if (container is string s && item is string sub)
        {
            return s.Contains(sub, StringComparison.Ordinal);
        }

        throw new PythonExpressionException(
            $"'in' is supported between strings only, got '{TypeName(item)}' in '{TypeName(container)}'");
    }

    private static string Repeat(object? left, object? right)
    {
        var (text, count) = left is string l ? (l, right) : ((string)right!, left);
        if (count is not (long or bool))
        {
            throw new PythonExpressionException($"can't multiply sequence by non-int of type '{TypeName(count)}'");
        }

        return string.Concat(Enumerable.Repeat(text, (int)Math.Max(0, ToLong(count))));
    }

    private static object FloatOperation(string op, double a, double b)
    {
        if (b == 0 && op is "/" or "//" or "%")
        {
            throw new PythonExpressionException("division by zero");
        }

        return op switch
        {
            "+" => a + b,
            "-" => a - b,
            "*" => a * b,
            "/" => a / b,
            "//" => Math.Floor(a / b),
            "%" => a - (b * Math.Floor(a / b)),
            "**" => Math.Pow(a, b),
            _ => throw new PythonExpressionException($"unsupported operator '{op}'"),
        };
    }

    private static object IntegerOperation(string op, long a, long b)
    {
        if (b == 0 && op is "//" or "%")
        {
            throw new PythonExpressionException("integer division or modulo by zero");
        }

        return op switch
        {
            "+" => (object)checked(a + b),
            "-" => checked(a - b),
            "*" => checked(a * b),
            "//" => FloorDivide(a, b),
            "%" => a - (b * FloorDivide(a, b)),
            "**" when b >= 0 => IntegerPower(a, b),
            "**" => Math.Pow(a, b),
            _ => throw new PythonExpressionException($"unsupported operator '{op}'"),
        };
    }

    private static long FloorDivide(long a, long b)
    {
        var quotient = a / b;
        return (a % b != 0 && ((a < 0) != (b < 0))) ? quotient - 1 : quotient;
    }

    private static long IntegerPower(long a, long b)
    {
        long result = 1;
        for (long i = 0; i < b; i++)
        {
            result = checked(result * a);
        }

        return result;
    }
}
