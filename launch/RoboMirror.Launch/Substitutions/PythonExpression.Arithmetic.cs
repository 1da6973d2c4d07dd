namespace RoboMirror.Launch.Substitutions;

internal sealed partial class PythonExpression
{
    private static readonly Dictionary<string, object?> Constants = new(StringComparer.Ordinal)
    {
        ["True"] = true,
        ["False"] = false,
        ["None"] = null,
        ["pi"] = Math.PI,
        ["e"] = Math.E,
        ["tau"] = Math.Tau,
        ["inf"] = double.PositiveInfinity,
        ["nan"] = double.NaN,
    };

    private Func<object?> ParseArithmetic()
    {
        var left = ParseTerm();
        while (Current.Kind == PythonTokenKind.Operator && Current.Text is "+" or "-")
        {
            var op = Current.Text;
            _index++;
            var l = left;
            var right = ParseTerm();
            left = () => PythonValues.Binary(op, l(), right());
        }

        return left;
    }

    private Func<object?> ParseTerm()
    {
        var left = ParseUnary();
        while (Current.Kind == PythonTokenKind.Operator && Current.Text is "*" or "/" or "//" or "%")
        {
            var op = Current.Text;
            _index++;
            var l = left;
            var right = ParseUnary();
            left = () => PythonValues.Binary(op, l(), right());
        }

        return left;
    }

    private Func<object?> ParseUnary()
    {
        if (Current.Kind == PythonTokenKind.Operator && Current.Text is "-" or "+")
        {
            var op = Current.Text;
            _index++;
            var operand = ParseUnary();
            return () => PythonValues.Binary(op, 0L, operand());
        }

        return ParsePower();
    }

    private Func<object?> ParsePower()
    {
        var left = ParseAtom();
        if (IsOperator("**"))
        {
            _index++;
            var right = ParseUnary();
            return () => PythonValues.Binary("**", left(), right());
        }

        return left;
    }

    private Func<object?> ParseAtom()
    {
        var token = Current;
        switch (token.Kind)
        {
            case PythonTokenKind.Number:
            case PythonTokenKind.String:
                _index++;
                var value = token.Value;
                return () => value;
            case PythonTokenKind.Operator when token.Text == "(":
                _index++;
                var inner = ParseTernary();
                Expect(")");
                return inner;
            case PythonTokenKind.Name:
                _index++;
                if (IsOperator("("))
                {
                    return ParseCall(token);
                }

                if (Constants.TryGetValue(WithoutMathPrefix(token.Text), out var constant))
                {
                    return () => constant;
                }

                throw new PythonExpressionException(
                    $"unknown name '{token.Text}' at position {token.Position + 1} of '{_expression}' (a launch argument is written $(var {token.Text}), in quotes when it is a string)");
            default:
                throw new PythonExpressionException(
                    $"unexpected '{(token.Kind == PythonTokenKind.End ? "end of expression" : token.Text)}' at position {token.Position + 1} of '{_expression}'");
        }
    }

    private Func<object?> ParseCall(PythonToken function)
    {
        Expect("(");
        var arguments = new List<Func<object?>>();
        while (!IsOperator(")"))
        {
            arguments.Add(ParseTernary());
            if (!IsOperator(","))
            {
                break;
            }

            _index++;
        }

        Expect(")");
        var name = WithoutMathPrefix(function.Text);
        if (!PythonBuiltins.IsKnown(name))
        {
            throw new PythonExpressionException(
                $"unsupported function '{name}' at position {function.Position + 1} (supported: {string.Join(", ", PythonBuiltins.Names)})");
        }

        return () => PythonBuiltins.Call(name, arguments.Select(a => a()).ToList());
    }

    // ROS 2 evaluates with the math module's names in scope both bare (pi) and qualified (math.pi).
    private static string WithoutMathPrefix(string name) =>
        name.StartsWith("math.", StringComparison.Ordinal) ? name["math.".Length..] : name;
}
