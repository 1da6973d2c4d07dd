using System.Text;

namespace RoboMirror.Ros.Generator.Emit;

/// <summary>A StringBuilder that indents: just enough to write readable generated C#.</summary>
internal sealed class CodeText
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public CodeText Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4);
        }

        _text.Append(line).Append('\n');
        return this;
    }

    public CodeText Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
        return this;
    }

    public CodeText Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public CodeText Summary(string text) => Line("/// <summary>" + Names.XmlEscape(text) + "</summary>");

    public override string ToString() => _text.ToString();
}
