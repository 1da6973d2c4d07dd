using System.Globalization;
using RoboMirror.Launch.Substitutions;

namespace RoboMirror.Launch.Resolution;

internal sealed partial class SubstitutionEvaluator
{
    // not/and/or/any/all read their arguments as typed booleans and answer 'true' or 'false';
    // equals/notequals compare as booleans, then as numbers, then as text (launch's EqualsSubstitution).
    private string PerformLogic(SubstitutionPart s)
    {
        var args = s.Arguments;
        return s.Name switch
        {
            "not" => BooleanText.ToText(!Boolean(args[0])),
            "and" => BooleanText.ToText(Boolean(args[0]) && Boolean(args[1])),
            "or" => BooleanText.ToText(Boolean(args[0]) || Boolean(args[1])),
            "any" => BooleanText.ToText(args.Select(Boolean).ToList().Any(b => b)),
            "all" => BooleanText.ToText(args.Select(Boolean).ToList().All(b => b)),
            "equals" => BooleanText.ToText(AreEqual(Evaluate(args[0]), Evaluate(args[1]))),
            "notequals" => BooleanText.ToText(!AreEqual(Evaluate(args[0]), Evaluate(args[1]))),
            _ => throw new SubstitutionFailure($"unknown substitution '{s.Name}'", "a known substitution"),
        };
    }

    private bool Boolean(Template template)
    {
        var value = Evaluate(template);
        return BooleanText.TryParse(value, out var result)
            ? result
            : throw new SubstitutionFailure($"\"{value}\" is not a boolean", "true or false");
    }

    private static bool AreEqual(string left, string right)
    {
        static bool IsBool(string s) => s.ToLowerInvariant() is "true" or "false" or "1" or "0";
        if (IsBool(left) && IsBool(right))
        {
            return (left.ToLowerInvariant() is "true" or "1") == (right.ToLowerInvariant() is "true" or "1");
        }

        if (double.TryParse(left, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && double.TryParse(right, NumberStyles.Float, CultureInfo.InvariantCulture, out var b))
        {
            return Math.Abs(a - b) <= Math.Max(1e-9 * Math.Max(Math.Abs(a), Math.Abs(b)), 0.0);
        }

        return string.Equals(left, right, StringComparison.Ordinal);
    }
}

/// <summary>A substitution that cannot be performed; the evaluator adds the location.</summary>
internal sealed class SubstitutionFailure : Exception
{
    public SubstitutionFailure(string message, string expected)
        : base(message)
    {
        Expected = expected;
    }

    public SubstitutionFailure()
    {
        Expected = string.Empty;
    }

    public SubstitutionFailure(string message)
        : base(message)
    {
        Expected = string.Empty;
    }

    public SubstitutionFailure(string message, Exception innerException)
        : base(message, innerException)
    {
        Expected = string.Empty;
    }

    public string Expected { get; }
}
