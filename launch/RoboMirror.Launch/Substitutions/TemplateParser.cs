using System.Text;

namespace RoboMirror.Launch.Substitutions;

/// <summary>
/// Parses attribute values with the grammar of ROS 2's XML front end (<c>launch/frontend/grammar.lark</c>):
/// text with <c>\</c> escapes; <c>$(name)</c> or <c>$(name arg arg)</c> with arguments separated by spaces; an
/// argument is unquoted text and nested substitutions, or a whole <c>'…'</c> / <c>"…"</c> template that may hold
/// spaces and nested substitutions. Unknown substitutions and wrong argument counts are reported here, with the
/// attribute's location.
/// </summary>
internal sealed class TemplateParser
{
    private readonly string _text;
    private readonly SourceLocation _location;
    private int _position;

    private TemplateParser(string text, SourceLocation location)
    {
        _text = text;
        _location = location;
    }

    public static Template Parse(string text, SourceLocation location)
    {
        var parser = new TemplateParser(text, location);
        var parts = parser.ParseFragments(quote: null);
        return new Template(parts, location);
    }

    // Reads text and substitutions until the end of input (quote null) or the closing quote character.
    private List<TemplatePart> ParseFragments(char? quote)
    {
        var parts = new List<TemplatePart>();
        var text = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (quote is not null && c == quote)
            {
                break;
            }

            if (c == '\\' && _position + 1 < _text.Length)
            {
                text.Append(_text[_position + 1]);
                _position += 2;
            }
            else if (IsSubstitutionStart())
            {
                Flush(parts, text);
                parts.Add(ParseSubstitution(quote));
            }
            else
            {
                text.Append(c);
                _position++;
            }
        }

        Flush(parts, text);
        return parts;
    }

    private SubstitutionPart ParseSubstitution(char? enclosingQuote)
    {
        var start = _position;
        _position += 2;
        var nameStart = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] is '_' or '-'))
        {
            _position++;
        }

        var name = _text[nameStart.._position];
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
        {
            throw Error(start, "a substitution without a name", "$(name …), e.g. $(var robot)");
        }

        var arguments = new List<Template>();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error(start, $"substitution $({name} …) is not closed", "')'");
            }

            if (_text[_position] == ')')
            {
                _position++;
                break;
            }

            if (_text[_position] != ' ')
            {
                throw Error(_position, $"unexpected '{_text[_position]}' in $({name} …)", "a space before each argument, or ')'");
            }

            while (_position < _text.Length && _text[_position] == ' ')
            {
                _position++;
            }

            if (_position < _text.Length && _text[_position] != ')')
            {
                arguments.Add(ParseArgument(enclosingQuote));
            }
        }

        if (!SubstitutionCatalog.TryGetArity(name, out var min, out var max))
        {
            throw Error(start, $"unknown substitution $({name})", "one of: " + string.Join(", ", SubstitutionCatalog.Names));
        }

        if (arguments.Count < min || arguments.Count > max)
        {
            throw Error(start, $"$({name}) given {arguments.Count} argument{(arguments.Count == 1 ? string.Empty : "s")}", SubstitutionCatalog.DescribeArity(min, max));
        }

        return new SubstitutionPart(name, arguments, _location);
    }

    private Template ParseArgument(char? enclosingQuote)
    {
        var c = _text[_position];
        if ((c == '\'' || c == '"') && c != enclosingQuote)
        {
            var open = _position;
            _position++;
            var quoted = ParseFragments(c);
            if (_position >= _text.Length)
            {
                throw Error(open, $"quoted argument is not closed", $"a closing {c}");
            }

            _position++;
            return new Template(quoted, _location);
        }

        var parts = new List<TemplatePart>();
        var text = new StringBuilder();
        while (_position < _text.Length)
        {
            c = _text[_position];
            if (c is ' ' or ')' || c == enclosingQuote)
            {
                break;
            }

            if (c == '\\' && _position + 1 < _text.Length)
            {
                text.Append(_text[_position + 1]);
                _position += 2;
            }
            else if (IsSubstitutionStart())
            {
                Flush(parts, text);
                parts.Add(ParseSubstitution(enclosingQuote));
            }
            else
            {
                text.Append(c);
                _position++;
            }
        }

        Flush(parts, text);
        return new Template(parts, _location);
    }

    private bool IsSubstitutionStart() =>
        _text[_position] == '$' && _position + 1 < _text.Length && _text[_position + 1] == '(';

    private static void Flush(List<TemplatePart> parts, StringBuilder text)
    {
        if (text.Length > 0)
        {
            parts.Add(new TextPart(text.ToString()));
            text.Clear();
        }
    }

    private LaunchFileException Error(int position, string problem, string expected) =>
        new(_location, $"{problem} (at character {position + 1} of \"{_text}\")", expected);
}
