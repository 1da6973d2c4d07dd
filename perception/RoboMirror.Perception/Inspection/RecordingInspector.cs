using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Datasets;
using RoboMirror.Perception.PlainFormat;
using RoboMirror.Perception.Skeleton;
using RoboMirror.Perception.Streaming;

namespace RoboMirror.Perception.Inspection;

/// <summary>
/// Reads a recording in any supported format and reports on it (<see cref="InspectionReport"/>). Each
/// person's frames also go through the streaming pipeline with default options, so that the counts show
/// what a robot would repair or drop. A file it cannot read throws <see cref="DatasetFormatException"/>
/// naming the file, the line and what was expected there.
/// </summary>
public static class RecordingInspector
{
    /// <summary>Inspects <paramref name="path"/>; <paramref name="format"/> null means detect it.</summary>
    public static InspectionReport Inspect(string path, RecordingFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No recording at '{path}': give the path of a recording file (see robomirror data inspect --help).", path);
        }

        var detected = format is null;
        var chosen = format ?? RecordingFormats.Detect(path)
            ?? throw new DatasetFormatException(path, 1, "a recognisable recording: a Bütepage pair_P_rec_R_user_U.txt, an SBU skeleton_pos.txt, a UTKinect joints_sNN_eMM.txt or a plain CSV whose header has a 'time' column (or name the format with --format)", "none of these");
        var content = chosen switch
        {
            RecordingFormat.Buetepage => FormatReaders.Buetepage(path),
            RecordingFormat.Sbu => FormatReaders.Sbu(path),
            RecordingFormat.UtKinect => FormatReaders.UtKinect(path),
            _ => FormatReaders.Plain(path),
        };
        return Report(path, RecordingFormats.Name(chosen), detected, content);
    }

    private static InspectionReport Report(string path, string format, bool detected, RecordingContent content)
    {
        var counts = content.Rejections;
        foreach (var frames in content.People.Values)
        {
            Replay(frames, counts);
        }

        var all = content.People.Values.SelectMany(f => f).Select(f => f.Timestamp).ToList();
        var duration = all.Count > 0 ? all.Max() - all.Min() : TimeSpan.Zero;
        var steps = content.People.Values
            .SelectMany(frames => frames.Select(f => f.Timestamp).Order().Zip(frames.Select(f => f.Timestamp).Order().Skip(1), (a, b) => (b - a).TotalSeconds))
            .Where(s => s > 0)
            .Order()
            .ToList();
        var rate = steps.Count > 0 ? 1.0 / steps[steps.Count / 2] : 0;
        var space = content.People.Values.SelectMany(f => f).Select(f => f.Space).FirstOrDefault();
        return new InspectionReport(
            path,
            format,
            detected,
            space == SkeletonSpace.Image2D ? "2d" : "3d",
            content.People.Keys.ToList(),
            content.People.Values.Select(f => f.Count).DefaultIfEmpty(0).Max(),
            rate,
            duration,
            content.Segments,
            counts.NonZero(),
            content.Notes);
    }

    /// <summary>Runs one person's frames through the pipeline, adding its repairs and drops to <paramref name="counts"/>.</summary>
    private static void Replay(IReadOnlyList<CanonicalSkeleton> frames, RejectionCounts counts)
    {
        var pipeline = new PerceptionPipeline();
        foreach (var frame in frames)
        {
            if (frame.IsTracked(CanonicalJoint.LeftShoulder))
            {
                pipeline.Push(frame);
            }
        }

        pipeline.Advance(TimeSpan.MaxValue - TimeSpan.FromDays(1));
        counts.Add(pipeline.Rejections);
    }
}
