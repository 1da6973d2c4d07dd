using System.Globalization;
using System.Text;

namespace RoboMirror.Launch.Substitutions;

internal enum PythonTokenKind
{
    Number,
    String,
    Name,
    Operator,
    End,
}

internal readonly record struct PythonToken(PythonTokenKind Kind, string Text, object? Value, int Position);

/// <summary>Splits the expression of an <c>$(eval …)</c> into Python tokens: numbers, strings, names, operators.</summary>
internal static class PythonTokenizer
{
    private static readonly string[] Operators =
        ["**", "//", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "<", ">", "(", ")", ","];

    public static List<PythonToken> Tokenize(string expression)
    {
        var tokens = new List<PythonToken>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < expression.Length && char.IsAsciiDigit(expression[i + 1])))
            {
                tokens.Add(ReadNumber(expression, ref i));
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(ReadString(expression, ref i));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < expression.Length && (char.IsLetterOrDigit(expression[i]) || expression[i] == '_'
                    || (expression[i] == '.' && i + 1 < expression.Length && char.IsLetter(expression[i + 1]))))
                {
                    i++;
                }

                tokens.Add(new PythonToken(PythonTokenKind.Name, expression[start..i], null, start));
            }
            else
            {
                var op = Operators.FirstOrDefault(o => string.CompareOrdinal(expression, i, o, 0, o.Length) == 0)
                    ?? throw new PythonExpressionException($"unsupported character '{c}' at position {i + 1}");
                tokens.Add(new PythonToken(PythonTokenKind.Operator, op, null, i));
                i += op.Length;
            }
        }

        tokens.Add(new PythonToken(PythonTokenKind.End, string.Empty, null, expression.Length));
        return tokens;
    }

    private static PythonToken ReadNumber(string s, ref int i)
    {
        var start = i;
        var isFloat = false;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] is '_' or '.' || ((s[i] is 'e' or 'E') && !isFloatExponentDone(s, start, i))))
        {
            if (s[i] is '.' or 'e' or 'E')
            {
                isFloat = true;
                if ((s[i] is 'e' or 'E') && i + 1 < s.Length && s[i + 1] is '+' or '-')
                {
                    i++;
                }
            }

            i++;
        }

        var text = s[start..i].Replace("_", string.Empty, StringComparison.Ordinal);
        if (isFloat)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                throw new PythonExpressionException($"invalid number '{text}' at position {start + 1}");
            }

            return new PythonToken(PythonTokenKind.Number, text, d, start);
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var l))
        {
            throw new PythonExpressionException($"invalid or too large integer '{text}' at position {start + 1}");
        }

        return new PythonToken(PythonTokenKind.Number, text, l, start);

        static bool isFloatExponentDone(string s, int start, int i) =>
            s.AsSpan(start, i - start).ContainsAny('e', 'E');
    }

    private static PythonToken ReadString(string s, ref int i)
    {
        var quote = s[i];
        var start = i;
        i++;
        var value = new StringBuilder();
        while (i < s.Length && s[i] != quote)
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                value.Append(s[i + 1] switch
                {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    '0' => '\0',
                    var other => other,
                });
                i += 2;
            }
            else
            {
                value.Append(s[i]);
                i++;
            }
        }

        if (i >= s.Length)
        {
            throw new PythonExpressionException($"string starting at position {start + 1} is not closed");
        }

        i++;
        return new PythonToken(PythonTokenKind.String, s[start..i], value.ToString(), start);
    }
}
