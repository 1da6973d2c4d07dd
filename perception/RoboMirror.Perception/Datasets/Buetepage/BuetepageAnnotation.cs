namespace RoboMirror.Perception.Datasets.Buetepage;

/// <summary>
/// One line of <c>data4/annotation.txt</c>: which recording, where the interaction proper starts and
/// stops (0-based rows of both persons' files, inclusive) and who leads (0 = user_1, 1 = user_2).
/// </summary>
public sealed record BuetepageAnnotation(
    BuetepageGesture Gesture, int Pair, int Recording, int StartFrame, int StopFrame, int Leader)
{
    /// <summary>The file of one person, relative to the dataset's <c>data4</c> folder; <paramref name="user"/> is 1 or 2.</summary>
    public string RelativePath(int user) =>
        Path.Combine(BuetepageGestures.Folder(Gesture), $"pair_{Pair}_rec_{Recording}_user_{user}.txt");

    /// <summary>Parses <c>annotation.txt</c>; a malformed line throws <see cref="DatasetFormatException"/> naming it.</summary>
    public static IReadOnlyList<BuetepageAnnotation> ParseFile(string path)
    {
        var list = new List<BuetepageAnnotation>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            list.Add(ParseLine(path, lineNumber, line));
        }

        return list;
    }

    private static BuetepageAnnotation ParseLine(string path, int lineNumber, string line)
    {
        const string Expected = "'<w|s|r|p> <pair> <rec> <start_frame> <stop_frame> <leader 0|1>'";
        var fields = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6 || !BuetepageGestures.TryParseCode(fields[0], out var gesture))
        {
            throw new DatasetFormatException(path, lineNumber, Expected, $"'{line}'");
        }

        Span<int> numbers = stackalloc int[5];
        for (var i = 0; i < 5; i++)
        {
            if (!int.TryParse(fields[i + 1], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out numbers[i]))
            {
                throw new DatasetFormatException(path, lineNumber, Expected, $"'{fields[i + 1]}' in field {i + 2}");
            }
        }

        if (numbers[2] < 0 || numbers[3] < numbers[2] || numbers[4] is not (0 or 1))
        {
            throw new DatasetFormatException(path, lineNumber, "0 <= start <= stop and leader 0 or 1", $"'{line}'");
        }

        return new BuetepageAnnotation(gesture, numbers[0], numbers[1], numbers[2], numbers[3], numbers[4]);
    }
}
