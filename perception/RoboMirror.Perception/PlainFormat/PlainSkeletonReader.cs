using System.Globalization;
using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Datasets;
using RoboMirror.Perception.Segmentation;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.PlainFormat;

/// <summary>
/// Reads the plain skeleton format (CSV with a header naming the joints; spec and worked example in
/// docs/skeleton-plain-format.md). Structural problems (header, column count, text where a number
/// belongs) throw <see cref="DatasetFormatException"/> naming the file and line; bad values (NaN, Inf,
/// absurd coordinates, frames without a body frame) reject the row and are counted.
/// </summary>
public static class PlainSkeletonReader
{
    /// <summary>Reads a whole file.</summary>
    public static PlainRecording Read(string path, PlausibilityLimits? limits = null)
    {
        var lines = File.ReadLines(path).Select((text, index) => (Text: text, Number: index + 1))
            .Where(l => !string.IsNullOrWhiteSpace(l.Text) && !l.Text.TrimStart().StartsWith('#'));
        PlainHeader? header = null;
        var rejections = new RejectionCounts();
        var frames = new List<CanonicalSkeleton>();
        var labels = new List<string>();
        foreach (var (text, number) in lines)
        {
            if (header is null)
            {
                header = PlainHeader.Parse(path, number, text);
                continue;
            }

            var fields = text.Split(',');
            if (fields.Length != header.Columns)
            {
                throw new DatasetFormatException(path, number, $"{header.Columns} comma-separated fields, as in the header", $"{fields.Length}");
            }

            var skeleton = new CanonicalSkeleton(header.Space);
            var rejection = ParseRow(path, number, header, fields, skeleton, limits);
            if (rejection != FrameRejection.None)
            {
                rejections.Reject(rejection);
                continue;
            }

            frames.Add(skeleton);
            labels.Add(header.Label >= 0 ? fields[header.Label].Trim() : string.Empty);
        }

        if (header is null)
        {
            throw new DatasetFormatException(path, 0, "a header line naming the columns", "an empty file");
        }

        return new PlainRecording(path, header.Space, frames, Segments(frames, labels), rejections);
    }

    private static FrameRejection ParseRow(string path, int number, PlainHeader header, string[] fields, CanonicalSkeleton target, PlausibilityLimits? limits)
    {
        var seconds = Number(path, number, fields, header.Time, "time in seconds");
        if (!double.IsFinite(seconds) || Math.Abs(seconds) > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return FrameRejection.NonFinite;
        }

        var layout = header.Space == SkeletonSpace.Body3D ? SkeletonLayouts.Canonical3D : SkeletonLayouts.Canonical2D;
        Span<float> values = stackalloc float[CanonicalJoints.Count * 3];
        Span<float> confidences = stackalloc float[CanonicalJoints.Count];
        for (var j = 0; j < CanonicalJoints.Count; j++)
        {
            var x = header.Joints[j, 0];
            var present = x >= 0 && fields[x].Trim().Length > 0;
            var c = header.Joints[j, 3];
            var confidence = !present ? 0f : c >= 0 && fields[c].Trim().Length > 0 ? (float)Number(path, number, fields, c, "a confidence") : 1f;
            values[j * 3] = present ? (float)Number(path, number, fields, x, "a coordinate") : 0f;
            values[(j * 3) + 1] = present ? (float)Number(path, number, fields, header.Joints[j, 1], "a coordinate") : 0f;
            var z = header.Joints[j, 2];
            if (header.Space == SkeletonSpace.Body3D)
            {
                values[(j * 3) + 2] = present && z >= 0 ? (float)Number(path, number, fields, z, "a coordinate") : 0f;
                confidences[j] = confidence;
            }
            else
            {
                values[(j * 3) + 2] = confidence;
            }
        }

        var person = header.Person >= 0 ? fields[header.Person].Trim() : string.Empty;
        return SkeletonCanonicalizer.Canonicalize(
            layout,
            values,
            header.Space == SkeletonSpace.Body3D ? confidences : default,
            TimeSpan.FromSeconds(seconds),
            target,
            limits,
            person);
    }

    private static double Number(string path, int line, string[] fields, int column, string what)
    {
        if (column < 0)
        {
            throw new DatasetFormatException(path, line, $"{what} (its column is missing from the header)", "no column");
        }

        var text = fields[column].Trim();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DatasetFormatException(path, line, $"{what} in column {column + 1}", $"'{text}'");
    }

    private static List<PlainSegment> Segments(List<CanonicalSkeleton> frames, List<string> labels)
    {
        var segments = new List<PlainSegment>();
        var open = new Dictionary<string, (string Label, TimeSpan Start, TimeSpan Last)>(StringComparer.Ordinal);
        for (var i = 0; i < frames.Count; i++)
        {
            var person = frames[i].PersonId;
            var t = frames[i].Timestamp;
            if (open.TryGetValue(person, out var current) && current.Label != labels[i])
            {
                segments.Add(new PlainSegment(person, current.Label, new ActivitySegment(current.Start, current.Last)));
                open.Remove(person);
            }

            if (labels[i].Length == 0)
            {
                continue;
            }

            open[person] = open.TryGetValue(person, out current) ? current with { Last = t } : (labels[i], t, t);
        }

        segments.AddRange(open.Select(o => new PlainSegment(o.Key, o.Value.Label, new ActivitySegment(o.Value.Start, o.Value.Last))));
        return segments.OrderBy(s => s.Span.Start).ToList();
    }
}
