using System.Globalization;
using RoboMirror.Perception.Adapters;
using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Datasets.UtKinect;

/// <summary>
/// Reads UTKinect-Action3D: 20 continuous single-person streams (joints_sNN_eMM.txt, Kinect v1 joints in
/// metres) with the start and end frame of each action from actionLabel.txt (or the repository owner's
/// corrected actionLabel_modified.txt).
/// </summary>
public static class UtKinectReader
{
    /// <summary>The dataset's folder name under the recordings folder.</summary>
    public const string DatasetName = "utkinect_action3d";

    /// <summary>The clock of the frame ids: time = frame id / 30 s.</summary>
    public const double FrameIdsPerSecond = 30.0;

    private const int Fields = 1 + (20 * 3);

    /// <summary>Time of a frame id.</summary>
    public static TimeSpan TimeOf(int frameId) => TimeSpan.FromSeconds(frameId / FrameIdsPerSecond);

    /// <summary>Reads every sequence in <paramref name="folder"/>, with the original labels or the corrected ones.</summary>
    public static IReadOnlyList<UtKinectSequence> ReadAll(string folder, bool correctedLabels = false)
    {
        var labelPath = Path.Combine(folder, correctedLabels ? "actionLabel_modified.txt" : "actionLabel.txt");
        var labels = UtKinectLabels.Parse(labelPath);
        return Directory.EnumerateFiles(folder, "joints_s*_e*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => Read(path, labels, labelPath))
            .ToList();
    }

    /// <summary>Reads one joints file, with labels from the actionLabel file beside it.</summary>
    public static UtKinectSequence ReadSequence(string path, bool correctedLabels = false)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var labelPath = Path.Combine(folder, correctedLabels ? "actionLabel_modified.txt" : "actionLabel.txt");
        if (!File.Exists(labelPath))
        {
            throw new DatasetFormatException(labelPath, 0, "the UTKinect label file beside the joints file", "no such file");
        }

        return Read(path, UtKinectLabels.Parse(labelPath), labelPath);
    }

    private static UtKinectSequence Read(string path, IReadOnlyDictionary<string, (List<UtKinectAction> Actions, List<string> Unlabelled)> labels, string labelPath)
    {
        var name = Path.GetFileNameWithoutExtension(path)["joints_".Length..];
        if (name.Length != 7
            || !int.TryParse(name.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var subject)
            || !int.TryParse(name.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var take))
        {
            throw new DatasetFormatException(path, 0, "a file name 'joints_sNN_eMM.txt'", $"'{Path.GetFileName(path)}'");
        }

        if (!labels.TryGetValue(name, out var block))
        {
            throw new DatasetFormatException(labelPath, 0, $"a block '{name}' for {Path.GetFileName(path)}", "none");
        }

        var rejections = new RejectionCounts();
        var ids = new List<int>();
        var frames = new List<CanonicalSkeleton>();
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
            if (ids.Count > 0 && id <= ids[^1])
            {
                rejections.Reject(id == ids[^1] ? FrameRejection.DuplicateTimestamp : FrameRejection.TimestampBackwards);
                continue;
            }

            var skeleton = new CanonicalSkeleton(SkeletonSpace.Body3D);
            var rejection = KinectV1Adapter.Convert(values, default, TimeOf(id), skeleton, name);
            if (rejection != FrameRejection.None)
            {
                rejections.Reject(rejection);
                skeleton.Reset(SkeletonSpace.Body3D);
                skeleton.Timestamp = TimeOf(id);
                skeleton.PersonId = name;
            }

            ids.Add(id);
            frames.Add(skeleton);
        }

        return new UtKinectSequence(path, subject, take, ids, frames, block.Actions, block.Unlabelled, rejections);
    }

    private static int ParseLine(string path, int lineNumber, string line, float[] values)
    {
        var fields = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != Fields)
        {
            throw new DatasetFormatException(path, lineNumber, $"{Fields} whitespace-separated values (frame id, 20 joints x (x, y, z))", $"{fields.Length}");
        }

        if (!int.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            throw new DatasetFormatException(path, lineNumber, "an integer frame id in column 1", $"'{fields[0]}'");
        }

        for (var i = 1; i < Fields; i++)
        {
            if (!float.TryParse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i - 1]))
            {
                throw new DatasetFormatException(path, lineNumber, $"a number in column {i + 1}", $"'{fields[i]}'");
            }
        }

        return id;
    }
}
