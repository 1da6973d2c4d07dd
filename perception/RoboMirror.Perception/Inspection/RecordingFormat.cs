namespace RoboMirror.Perception.Inspection;

/// <summary>The recording formats <see cref="RecordingInspector"/> reads.</summary>
public enum RecordingFormat
{
    /// <summary>One person's Bütepage file (<c>&lt;gesture&gt;/pair_P_rec_R_user_U.txt</c>).</summary>
    Buetepage,

    /// <summary>An SBU clip (<c>skeleton_pos.txt</c>).</summary>
    Sbu,

    /// <summary>A UTKinect stream (<c>joints_sNN_eMM.txt</c>, with actionLabel.txt beside it).</summary>
    UtKinect,

    /// <summary>The plain CSV format (docs/skeleton-plain-format.md).</summary>
    Plain,
}

/// <summary>Names and detection of <see cref="RecordingFormat"/>.</summary>
public static class RecordingFormats
{
    /// <summary>The names <c>--format</c> takes.</summary>
    public static IReadOnlyList<string> Names { get; } = ["buetepage", "sbu", "utkinect", "plain"];

    /// <summary>The name of a format, e.g. <c>buetepage</c>.</summary>
    public static string Name(RecordingFormat format) => Names[(int)format];

    /// <summary>Parses a format name (case-insensitive).</summary>
    public static bool TryParse(string? name, out RecordingFormat format)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                format = (RecordingFormat)i;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>Guesses the format from the file name, then from the first line; null when nothing fits.</summary>
    public static RecordingFormat? Detect(string path)
    {
        var name = Path.GetFileName(path);
        if (name.Equals("skeleton_pos.txt", StringComparison.OrdinalIgnoreCase))
        {
            return RecordingFormat.Sbu;
        }

        if (name.StartsWith("joints_s", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return RecordingFormat.UtKinect;
        }

        if (name.StartsWith("pair_", StringComparison.OrdinalIgnoreCase) && name.Contains("_user_", StringComparison.OrdinalIgnoreCase))
        {
            return RecordingFormat.Buetepage;
        }

        var first = File.ReadLines(path).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l) && !l.TrimStart().StartsWith('#'));
        return first is not null && first.Split(',').Any(c => c.Trim() == "time") ? RecordingFormat.Plain : null;
    }
}
