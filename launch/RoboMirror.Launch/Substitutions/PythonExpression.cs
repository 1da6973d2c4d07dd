namespace RoboMirror.Launch.Substitutions;

/// <summary>
/// Evaluates the simple Python that launch files put in <c>$(eval …)</c>: numbers, strings, <c>True</c>/<c>False</c>/
/// <c>None</c>, arithmetic (<c>+ - * / // % **</c>), comparisons (chained, <c>in</c>, <c>not in</c>), <c>and</c>/
/// <c>or</c>/<c>not</c>, <c>x if c else y</c>, parentheses, the <c>math</c> constants and a few built-ins. The result is
/// written as Python's <c>str()</c> would write it (<c>True</c>, <c>0.5</c>, <c>3</c>). Anything else (attribute
/// access, lambdas, imports) is refused with a message rather than guessed.
/// </summary>
internal sealed partial class PythonExpression
{
    private readonly List<PythonToken> _tokens;
    private readonly string _expression;
    private int _index;

    private PythonExpression(string expression)
    {
        _expression = expression;
        _tokens = PythonTokenizer.Tokenize(expression);
    }

    /// <summary>Evaluates <paramref name="expression"/> and returns its value as Python's <c>str()</c>.</summary>
    public static string Evaluate(string expression) => PythonValues.ToPythonString(EvaluateValue(expression));

    /// <summary>Evaluates <paramref name="expression"/> to a value: long, double, string, bool or null (None).</summary>
    public static object? EvaluateValue(string expression)
    {
        var parser = new PythonExpression(expression);
        var node = parser.ParseTernary();
        if (parser.Current.Kind != PythonTokenKind.End)
        {
            throw new PythonExpressionException($"unexpected '{parser.Current.Text}' at position {parser.Current.Position + 1}");
        }

        return node();
    }

    private PythonToken Current => _tokens[_index];

    private bool IsName(string name) => Current.Kind == PythonTokenKind.Name && Current.Text == name;

    private bool IsOperator(string op) => Current.Kind == PythonTokenKind.Operator && Current.Text == op;

    private bool NextIsName(string name) =>
        _index + 1 < _tokens.Count && _tokens[_index + 1].Kind == PythonTokenKind.Name && _tokens[_index + 1].Text == name;

    private void Expect(string op)
    {
        if (!IsOperator(op))
        {
            throw new PythonExpressionException(
                $"expected '{op}' at position {Current.Position + 1} of '{_expression}', found '{Current.Text}'");
        }

        _index++;
    }

    private Func<object?> ParseTernary()
    {
        var body = ParseOr();
        if (!IsName("if"))
        {
            return body;
        }

        _index++;
        var condition = ParseOr();
        if (!IsName("else"))
        {
            throw new PythonExpressionException($"expected 'else' at position {Current.Position + 1} of '{_expression}'");
        }

        _index++;
        var otherwise = ParseTernary();
        return () => PythonValues.IsTrue(condition()) ? body() : otherwise();
    }

    private Func<object?> ParseOr()
    {
        var left = ParseAnd();
        while (IsName("or"))
        {
            _index++;
            var l = left;
            var right = ParseAnd();
            left = () =>
            {
                var value = l();
                return PythonValues.IsTrue(value) ? value : right();
            };
        }

        return left;
    }

    private Func<object?> ParseAnd()
    {
        var left = ParseNot();
        while (IsName("and"))
        {
            _index++;
            var l = left;
            var right = ParseNot();
            left = () =>
            {
                var value = l();
                return PythonValues.IsTrue(value) ? right() : value;
            };
        }

        return left;
    }

    private Func<object?> ParseNot()
    {
        if (IsName("not"))
        {
            _index++;
            var operand = ParseNot();
            return () => !PythonValues.IsTrue(operand());
        }

        return ParseComparison();
    }

    private Func<object?> ParseComparison()
    {
        var first = ParseArithmetic();
        var operators = new List<string>();
        var operands = new List<Func<object?>> { first };
        while (true)
        {
            string? op = null;
            if (Current.Kind == PythonTokenKind.Operator && Current.Text is "==" or "!=" or "<" or "<=" or ">" or ">=")
            {
                op = Current.Text;
                _index++;
            }
            else if (IsName("in"))
            {
                op = "in";
                _index++;
            }
            else if (IsName("not") && NextIsName("in"))
            {
                op = "not in";
                _index += 2;
            }
            else if (IsName("is"))
            {
                _index++;
                op = "is";
                if (IsName("not"))
                {
                    _index++;
                    op = "is not";
                }
            }

            if (op is null)
            {
                break;
            }

            operators.Add(op);
            operands.Add(ParseArithmetic());
        }

        if (operators.Count == 0)
        {
            return first;
        }

        // Python chains comparisons: a < b < c means a < b and b < c, each operand evaluated once.
        return () =>
        {
            var left = operands[0]();
            for (var i = 0; i < operators.Count; i++)
            {
                var right = operands[i + 1]();
                if (!PythonValues.Compare(operators[i], left, right))
                {
                    return false;
                }

                left = right;
            }

            return true;
        };
    }
}
