using System.Globalization;

namespace RoboMirror.Perception.Datasets.Buetepage;

/// <summary>
/// One person's raw Bütepage file: per row the frame duration (seconds since the previous frame) and
/// 8 joints x (x, y, z) in millimetres. <see cref="Values"/> holds 24 floats per frame.
/// </summary>
internal sealed class BuetepageFile
{
    public const int Joints = 8;
    public const int ValuesPerFrame = Joints * 3;
    private const int Fields = 2 + ValuesPerFrame;

    private BuetepageFile(string path, double[] durations, float[] values)
    {
        Path = path;
        Durations = durations;
        Values = values;
    }

    public string Path { get; }

    public double[] Durations { get; }

    public float[] Values { get; }

    public int FrameCount => Durations.Length;

    public ReadOnlySpan<float> Frame(int index) => Values.AsSpan(index * ValuesPerFrame, ValuesPerFrame);

    /// <summary>Reads the whole file; any malformed line throws <see cref="DatasetFormatException"/> naming it.</summary>
    public static BuetepageFile Read(string path)
    {
        var durations = new List<double>();
        var values = new List<float>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!TryParseLine(line, out var duration, values, out var problem))
            {
                throw new DatasetFormatException(path, lineNumber, $"{Fields} space-separated numbers '<dt> 8 <x y z> x 8'", problem);
            }

            durations.Add(duration);
        }

        if (durations.Count == 0)
        {
            throw new DatasetFormatException(path, 0, "at least one frame", "an empty file");
        }

        return new BuetepageFile(path, durations.ToArray(), values.ToArray());
    }

    /// <summary>Parses one row, appending its 24 values; on failure nothing is appended and <paramref name="problem"/> says what was wrong.</summary>
    public static bool TryParseLine(string line, out double duration, List<float> values, out string problem)
    {
        duration = 0;
        var fields = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != Fields)
        {
            problem = $"{fields.Length} fields";
            return false;
        }

        if (!double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out duration))
        {
            problem = $"frame duration '{fields[0]}'";
            return false;
        }

        if (fields[1] != "8")
        {
            problem = $"joint count '{fields[1]}'";
            return false;
        }

        var start = values.Count;
        for (var i = 2; i < Fields; i++)
        {
            if (!float.TryParse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                values.RemoveRange(start, values.Count - start);
                problem = $"'{fields[i]}' in field {i + 1}";
                return false;
            }

            values.Add(v);
        }

        problem = string.Empty;
        return true;
    }
}
