using System.Globalization;
using RoboMirror.Perception.Adapters;
using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Datasets.Sbu;

/// <summary>
/// Reads SBU Kinect Interaction clips (<c>&lt;set&gt;/&lt;class&gt;/&lt;take&gt;/skeleton_pos.txt</c>). The
/// files hold normalised coordinates; they are converted back to OpenNI millimetres with the inverse
/// the dataset's authors give (X = 1280 - 2560 x, Y = 960 - 1920 y, Z = 1280 z), which yields a
/// right-handed, y-up frame and shoulder widths of ~0.30 m (docs/perception.md).
/// </summary>
public static class SbuReader
{
    /// <summary>The dataset's folder name under the recordings folder.</summary>
    public const string DatasetName = "sbu_kinect_interaction";

    /// <summary>Frame rate reported by the dataset's authors; timestamps are (frame - first frame) / rate.</summary>
    public const double FramesPerSecond = 15.0;

    private const int JointsPerPerson = 15;
    private const int Fields = 1 + (2 * JointsPerPerson * 3);

    /// <summary>Reads every clip under <paramref name="folder"/>, ordered by set, class and take.</summary>
    public static IReadOnlyList<SbuClip> ReadAll(string folder) =>
        Directory.EnumerateFiles(folder, "skeleton_pos.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(ReadClip)
            .ToList();

    /// <summary>
    /// Reads one clip. The class and set come from the path (<c>…/s01s02/05/001/skeleton_pos.txt</c>);
    /// a malformed line throws <see cref="DatasetFormatException"/> naming the file and the line.
    /// </summary>
    public static SbuClip ReadClip(string path)
    {
        var take = Path.GetDirectoryName(path) ?? string.Empty;
        var classFolder = Path.GetDirectoryName(take) ?? string.Empty;
        var setFolder = Path.GetDirectoryName(classFolder) ?? string.Empty;
        var set = Path.GetFileName(setFolder);
        if (!int.TryParse(Path.GetFileName(classFolder), NumberStyles.None, CultureInfo.InvariantCulture, out var classNumber)
            || classNumber is < 1 or > 8 || set.Length != 6 || set[0] != 's' || set[3] != 's')
        {
            throw new DatasetFormatException(path, 0, "a path '<sXXsYY>/<class 01-08>/<take>/skeleton_pos.txt'", $"'{path}'");
        }

        var rejections = new RejectionCounts();
        var ids = new List<int>();
        var a = new List<CanonicalSkeleton>();
        var b = new List<CanonicalSkeleton>();
        var values = new float[Fields - 1];
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var id = ParseLine(path, lineNumber, line, values);
            ids.Add(id);
            var time = TimeSpan.FromSeconds((id - ids[0]) / FramesPerSecond);
            a.Add(Person(values.AsSpan(0, JointsPerPerson * 3), time, "A", rejections));
            b.Add(Person(values.AsSpan(JointsPerPerson * 3), time, "B", rejections));
        }

        if (ids.Count == 0)
        {
            throw new DatasetFormatException(path, 0, "at least one frame", "an empty file");
        }

        return new SbuClip(path, set, (SbuInteraction)classNumber, Path.GetFileName(take), ids, [a, b], rejections);
    }

    /// <summary>Converts the dataset's normalised (x, y, z) values in place to OpenNI millimetres.</summary>
    internal static void ToMillimetres(Span<float> xyz)
    {
        for (var i = 0; i < xyz.Length; i += 3)
        {
            xyz[i] = 1280f - (2560f * xyz[i]);
            xyz[i + 1] = 960f - (1920f * xyz[i + 1]);
            xyz[i + 2] = xyz[i + 2] * 10000f / 7.8125f;
        }
    }

    private static int ParseLine(string path, int lineNumber, string line, float[] values)
    {
        var fields = line.Split(',');
        if (fields.Length != Fields)
        {
            throw new DatasetFormatException(path, lineNumber, $"{Fields} comma-separated values (frame, 2 persons x 15 joints x (x, y, z))", $"{fields.Length}");
        }

        if (!int.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            throw new DatasetFormatException(path, lineNumber, "an integer frame number in column 1", $"'{fields[0]}'");
        }

        for (var i = 1; i < Fields; i++)
        {
            if (!float.TryParse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i - 1]))
            {
                throw new DatasetFormatException(path, lineNumber, $"a number in column {i + 1}", $"'{fields[i]}'");
            }
        }

        ToMillimetres(values);
        return id;
    }

    private static CanonicalSkeleton Person(ReadOnlySpan<float> values, TimeSpan time, string id, RejectionCounts rejections)
    {
        var skeleton = new CanonicalSkeleton(SkeletonSpace.Body3D);
        var rejection = OpenNi15Adapter.Convert(values, default, time, skeleton, id);
        if (rejection != FrameRejection.None)
        {
            rejections.Reject(rejection);
            skeleton.Reset(SkeletonSpace.Body3D);
            skeleton.Timestamp = time;
            skeleton.PersonId = id;
        }

        return skeleton;
    }
}
