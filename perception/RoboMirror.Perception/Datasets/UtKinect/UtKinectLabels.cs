using System.Globalization;

namespace RoboMirror.Perception.Datasets.UtKinect;

/// <summary>Parses actionLabel.txt: blocks "sNN_eMM" followed by lines "&lt;action&gt;: &lt;start&gt; &lt;end&gt;".</summary>
internal static class UtKinectLabels
{
    public static IReadOnlyDictionary<string, (List<UtKinectAction> Actions, List<string> Unlabelled)> Parse(string path)
    {
        var blocks = new Dictionary<string, (List<UtKinectAction>, List<string>)>(StringComparer.Ordinal);
        (List<UtKinectAction> Actions, List<string> Unlabelled)? current = null;
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                current = (new List<UtKinectAction>(), new List<string>());
                blocks[line] = current.Value;
                continue;
            }

            if (current is null)
            {
                throw new DatasetFormatException(path, lineNumber, "a sequence name such as 's01_e01' before the first action", $"'{line}'");
            }

            var name = line[..colon].Trim();
            var range = line[(colon + 1)..].Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (range.Length != 2)
            {
                throw new DatasetFormatException(path, lineNumber, "'<action>: <start_frame> <end_frame>'", $"'{line}'");
            }

            if (range[0] == "NaN" || range[1] == "NaN")
            {
                current.Value.Unlabelled.Add(name);
                continue;
            }

            if (!int.TryParse(range[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(range[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var end)
                || end < start)
            {
                throw new DatasetFormatException(path, lineNumber, "two integer frame ids, start <= end (or NaN NaN)", $"'{line}'");
            }

            current.Value.Actions.Add(new UtKinectAction(name, start, end));
        }

        return blocks;
    }
}
