using RoboMirror.Launch.Substitutions;

namespace RoboMirror.Launch.Resolution;

/// <summary>
/// Splits a command attribute (<c>cmd</c>, <c>args</c>, <c>ros_args</c>) into arguments as ROS 2's
/// <c>ExecuteProcess._parse_cmdline</c> does: literal text is split on whitespace with shell quoting, while a
/// substitution stays one argument (or part of one, when text touches it).
/// </summary>
internal static class CommandTemplate
{
    public static List<List<TemplatePart>> Split(Template template)
    {
        var result = new List<List<TemplatePart>>();
        var argument = new List<TemplatePart>();
        void Finish()
        {
            if (argument.Count > 0)
            {
                result.Add(argument);
                argument = [];
            }
        }

        foreach (var part in template.Parts)
        {
            if (part is not TextPart text)
            {
                argument.Add(part);
                continue;
            }

            List<string> tokens;
            try
            {
                tokens = ShellWords.Split(text.Text);
            }
            catch (FormatException e)
            {
                throw new LaunchFileException(template.Location, e.Message, "balanced quotes");
            }

            if (tokens.Count == 0)
            {
                Finish();
                continue;
            }

            if (char.IsWhiteSpace(text.Text[0]))
            {
                Finish();
            }

            argument.Add(new TextPart(tokens[0]));
            if (tokens.Count > 1)
            {
                Finish();
                result.AddRange(tokens.Skip(1).Take(tokens.Count - 2).Select(t => new List<TemplatePart> { new TextPart(t) }));
                argument.Add(new TextPart(tokens[^1]));
            }

            if (char.IsWhiteSpace(text.Text[^1]))
            {
                Finish();
            }
        }

        Finish();
        return result;
    }
}
