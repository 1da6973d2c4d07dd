using System.Globalization;

namespace RoboMirror.Ros.Parameters;

/// <summary>
/// An immutable parameter value of one of ROS 2's parameter types: bool, 64-bit integer, double, string,
/// or an array of one of them. Arrays are copied in and out, so a value never changes once made.
/// </summary>
public sealed class ParameterValue : IEquatable<ParameterValue>
{
    private readonly object _value;

    private ParameterValue(ParameterType type, object value)
    {
        Type = type;
        _value = value;
    }

    /// <summary>The value's type.</summary>
    public ParameterType Type { get; }

    public static ParameterValue From(bool value) => new(ParameterType.Bool, value);

    public static ParameterValue From(long value) => new(ParameterType.Integer, value);

    public static ParameterValue From(double value) => new(ParameterType.Double, value);

    public static ParameterValue From(string value) => new(ParameterType.String, value ?? throw new ArgumentNullException(nameof(value)));

    public static ParameterValue From(IEnumerable<bool> value) => new(ParameterType.BoolArray, Copy(value));

    public static ParameterValue From(IEnumerable<long> value) => new(ParameterType.IntegerArray, Copy(value));

    public static ParameterValue From(IEnumerable<double> value) => new(ParameterType.DoubleArray, Copy(value));

    public static ParameterValue From(IEnumerable<string> value) => new(ParameterType.StringArray, Copy(value));

    /// <summary>
    /// Makes a value from a supported CLR type: <c>bool</c>, <c>long</c>, <c>int</c> (stored as 64-bit),
    /// <c>double</c>, <c>string</c>, or an array of <c>bool</c>, <c>long</c>, <c>double</c>, <c>string</c>.
    /// </summary>
    public static ParameterValue FromClr<T>(T value)
        where T : notnull => value switch
        {
            bool b => From(b),
            long l => From(l),
            int i => From((long)i),
            double d => From(d),
            string s => From(s),
            bool[] a => From(a),
            long[] a => From(a),
            double[] a => From(a),
            string[] a => From(a),
            _ => throw new ArgumentException(
                $"Parameter values of type {typeof(T).Name} are not supported; use bool, long, int, double, string or an array of bool, long, double or string.",
                nameof(value)),
        };

    /// <summary>The parameter type that values of the CLR type <typeparamref name="T"/> have, or null when unsupported.</summary>
    public static ParameterType? TypeOf<T>() =>
        typeof(T) == typeof(bool) ? ParameterType.Bool
        : typeof(T) == typeof(long) || typeof(T) == typeof(int) ? ParameterType.Integer
        : typeof(T) == typeof(double) ? ParameterType.Double
        : typeof(T) == typeof(string) ? ParameterType.String
        : typeof(T) == typeof(bool[]) ? ParameterType.BoolArray
        : typeof(T) == typeof(long[]) ? ParameterType.IntegerArray
        : typeof(T) == typeof(double[]) ? ParameterType.DoubleArray
        : typeof(T) == typeof(string[]) ? ParameterType.StringArray
        : null;

    /// <summary>
    /// Reads the value as <typeparamref name="T"/>; returns false when the types differ. An integer reads as
    /// a <c>double</c> too, and as an <c>int</c> when it fits.
    /// </summary>
    public bool TryGet<T>(out T value)
    {
        object? result = (_value, typeof(T)) switch
        {
            (long l, var t) when t == typeof(double) => (double)l,
            (long l, var t) when t == typeof(int) => l is >= int.MinValue and <= int.MaxValue ? (int)l : null,
            (long[] a, var t) when t == typeof(double[]) => Array.ConvertAll(a, x => (double)x),
            (Array a, _) when a is T => a.Clone(),
            (var v, _) when v is T => v,
            _ => null,
        };
        value = result is T typed ? typed : default!;
        return result is T;
    }

    public bool AsBool() => Get<bool>();

    public long AsInteger() => Get<long>();

    public double AsDouble() => Get<double>();

    public string AsString() => Get<string>();

    /// <summary>
    /// Converts the value to <paramref name="type"/> where ROS 2 users expect it to (an integer where a double
    /// is wanted, an integer array where a double array is wanted); null when no such conversion exists.
    /// </summary>
    public ParameterValue? ConvertTo(ParameterType type) => (Type, type) switch
    {
        var (from, to) when from == to => this,
        (ParameterType.Integer, ParameterType.Double) => From((double)(long)_value),
        (ParameterType.IntegerArray, ParameterType.DoubleArray) => From(Array.ConvertAll((long[])_value, x => (double)x)),
        _ => null,
    };

    /// <summary>The value in YAML flow notation, as <c>ros2 param get</c> and parameter files write it.</summary>
    public override string ToString() => _value switch
    {
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => FormatDouble(d),
        string s => s,
        bool[] a => "[" + string.Join(", ", a.Select(b => b ? "true" : "false")) + "]",
        long[] a => "[" + string.Join(", ", a.Select(l => l.ToString(CultureInfo.InvariantCulture))) + "]",
        double[] a => "[" + string.Join(", ", a.Select(FormatDouble)) + "]",
        string[] a => "[" + string.Join(", ", a.Select(s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'")) + "]",
        _ => _value.ToString() ?? string.Empty,
    };

    public bool Equals(ParameterValue? other) =>
        other is not null && other.Type == Type && _value switch
        {
            bool[] a => a.SequenceEqual((bool[])other._value),
            long[] a => a.SequenceEqual((long[])other._value),
            double[] a => a.SequenceEqual((double[])other._value),
            string[] a => a.SequenceEqual((string[])other._value, StringComparer.Ordinal),
            _ => _value.Equals(other._value),
        };

    public override bool Equals(object? obj) => Equals(obj as ParameterValue);

    public override int GetHashCode() => HashCode.Combine(Type, _value is Array a ? a.Length : _value.GetHashCode());

    public static implicit operator ParameterValue(bool value) => From(value);

    public static implicit operator ParameterValue(long value) => From(value);

    public static implicit operator ParameterValue(double value) => From(value);

    public static implicit operator ParameterValue(string value) => From(value);

    private T Get<T>() => TryGet<T>(out var value)
        ? value
        : throw new InvalidCastException($"Parameter value {this} is of type {Type}, not {typeof(T).Name}.");

    private static T[] Copy<T>(IEnumerable<T> values) => values?.ToArray() ?? throw new ArgumentNullException(nameof(values));

    private static string FormatDouble(double d) =>
        double.IsPositiveInfinity(d) ? ".inf"
        : double.IsNegativeInfinity(d) ? "-.inf"
        : double.IsNaN(d) ? ".nan"
        : d == Math.Floor(d) && Math.Abs(d) < 1e15 ? d.ToString("0.0", CultureInfo.InvariantCulture)
        : d.ToString("R", CultureInfo.InvariantCulture);
}
