using System.Globalization;

namespace RoboMirror.Launch.Substitutions;

/// <summary>The few Python built-ins and <c>math</c> functions an <c>$(eval …)</c> may call.</summary>
internal static class PythonBuiltins
{
    private static readonly Dictionary<string, Func<IReadOnlyList<object?>, object?>> Functions = new(StringComparer.Ordinal)
    {
        ["abs"] = args => One(args, "abs") switch
        {
            long l => (object)Math.Abs(l),
            var v => Math.Abs(PythonValues.ToDouble(v)),
        },
        ["min"] = args => Extreme(args, "min", smallest: true),
        ["max"] = args => Extreme(args, "max", smallest: false),
        ["int"] = args => (object)ToInt(One(args, "int")),
        ["float"] = args => ToFloat(One(args, "float")),
        ["str"] = args => PythonValues.ToPythonString(One(args, "str")),
        ["bool"] = args => PythonValues.IsTrue(One(args, "bool")),
        ["round"] = args => args.Count == 1
            ? (object)(long)Math.Round(PythonValues.ToDouble(args[0]), MidpointRounding.ToEven)
            : Math.Round(PythonValues.ToDouble(args[0]), (int)PythonValues.ToLong(args[1]), MidpointRounding.ToEven),
        ["sqrt"] = args => Math.Sqrt(PythonValues.ToDouble(One(args, "sqrt"))),
        ["sin"] = args => Math.Sin(PythonValues.ToDouble(One(args, "sin"))),
        ["cos"] = args => Math.Cos(PythonValues.ToDouble(One(args, "cos"))),
        ["tan"] = args => Math.Tan(PythonValues.ToDouble(One(args, "tan"))),
        ["radians"] = args => PythonValues.ToDouble(One(args, "radians")) * Math.PI / 180.0,
        ["degrees"] = args => PythonValues.ToDouble(One(args, "degrees")) * 180.0 / Math.PI,
    };

    public static IEnumerable<string> Names => Functions.Keys;

    public static bool IsKnown(string name) => Functions.ContainsKey(name);

    public static object? Call(string name, IReadOnlyList<object?> arguments) => Functions[name](arguments);

    private static object? One(IReadOnlyList<object?> args, string name) =>
        args.Count == 1 ? args[0] : throw new PythonExpressionException($"{name}() takes exactly one argument ({args.Count} given)");

    private static object? Extreme(IReadOnlyList<object?> args, string name, bool smallest)
    {
        if (args.Count == 0)
        {
            throw new PythonExpressionException($"{name}() expects at least one argument");
        }

        var best = args[0];
        foreach (var candidate in args.Skip(1))
        {
            var better = PythonValues.Compare(smallest ? "<" : ">", candidate, best);
            best = better ? candidate : best;
        }

        return best;
    }

    private static long ToInt(object? value) => value switch
    {
        string s when long.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
        string s => throw new PythonExpressionException($"invalid literal for int() with base 10: '{s}'"),
        double d => (long)Math.Truncate(d),
        _ => PythonValues.ToLong(value),
    };

    private static double ToFloat(object? value) => value switch
    {
        string s when double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        string s => throw new PythonExpressionException($"could not convert string to float: '{s}'"),
        _ => PythonValues.ToDouble(value),
    };
}
