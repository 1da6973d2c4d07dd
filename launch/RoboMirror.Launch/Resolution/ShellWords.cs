using System.Text;

namespace RoboMirror.Launch.Resolution;

/// <summary>Splits text into words as Python's <c>shlex.split</c> does (POSIX rules), which ROS 2 launch uses for commands.</summary>
internal static class ShellWords
{
    public static List<string> Split(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }

                i++;
                continue;
            }

            inWord = true;
            if (c == '\\' && i + 1 < text.Length)
            {
                word.Append(text[i + 1]);
                i += 2;
            }
            else if (c == '\'')
            {
                var end = text.IndexOf('\'', i + 1);
                if (end < 0)
                {
                    throw new FormatException($"no closing quotation in: {text}");
                }

                word.Append(text, i + 1, end - i - 1);
                i = end + 1;
            }
            else if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '\\' or '"' or '$' or '`')
                    {
                        i++;
                    }

                    word.Append(text[i]);
                    i++;
                }

                if (i >= text.Length)
                {
                    throw new FormatException($"no closing quotation in: {text}");
                }

                i++;
            }
            else
            {
                word.Append(c);
                i++;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>Quotes a word for display so that a shell would read it back as one word.</summary>
    public static string Quote(string word) =>
        word.Length > 0 && word.All(ch => char.IsAsciiLetterOrDigit(ch) || "@%+=:,./-_".Contains(ch, StringComparison.Ordinal))
            ? word
            : "'" + word.Replace("'", "'\"'\"'", StringComparison.Ordinal) + "'";
}
