using System.Globalization;
using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Datasets;
using RoboMirror.Perception.Datasets.Buetepage;
using RoboMirror.Perception.Datasets.Sbu;
using RoboMirror.Perception.Datasets.UtKinect;
using RoboMirror.Perception.PlainFormat;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Inspection;

/// <summary>Reads each supported format into a <see cref="RecordingContent"/> for inspection.</summary>
internal static class FormatReaders
{
    public static RecordingContent Buetepage(string path)
    {
        var file = BuetepageFile.Read(path);
        var name = Path.GetFileNameWithoutExtension(path);
        var user = name.EndsWith("_user_2", StringComparison.Ordinal) ? 2 : 1;
        var person = BuetepageReader.Convert(file, user);
        var notes = new List<string>();
        if (person.LeftArmUntracked || person.RightArmUntracked)
        {
            notes.Add($"the {(person.LeftArmUntracked ? "left" : "right")} arm is an untracked placeholder in this file: its elbow and hand are marked untracked");
        }

        var segments = new List<InspectedSegment>();
        var annotation = FindAnnotation(path, name);
        if (annotation is null)
        {
            notes.Add("no annotation.txt line for this file (pair 0 is not annotated), so no labelled segment");
        }
        else if (annotation.StopFrame < person.Frames.Count)
        {
            var leader = annotation.Leader == 0 ? "user_1" : "user_2";
            segments.Add(new InspectedSegment(
                $"{BuetepageGestures.Folder(annotation.Gesture)} (leader {leader}, frames {annotation.StartFrame}-{annotation.StopFrame})",
                string.Empty,
                person.Frames[annotation.StartFrame].Timestamp.TotalSeconds,
                person.Frames[annotation.StopFrame].Timestamp.TotalSeconds));
        }

        return new RecordingContent(
            new Dictionary<string, IReadOnlyList<CanonicalSkeleton>> { [$"user_{user}"] = person.Frames },
            segments,
            person.Rejections,
            notes);
    }

    public static RecordingContent Sbu(string path)
    {
        var clip = SbuReader.ReadClip(path);
        var end = clip.Persons[0][^1].Timestamp.TotalSeconds;
        return new RecordingContent(
            new Dictionary<string, IReadOnlyList<CanonicalSkeleton>> { ["A"] = clip.Persons[0], ["B"] = clip.Persons[1] },
            [new InspectedSegment($"{(int)clip.Interaction:D2} {clip.Interaction} (the whole clip)", string.Empty, 0, end)],
            clip.Rejections,
            [$"set {clip.Set}: subjects {string.Join(" and ", clip.Subjects)}"]);
    }

    public static RecordingContent UtKinect(string path)
    {
        var sequence = UtKinectReader.ReadSequence(path);
        var notes = sequence.UnlabelledActions.Select(a => $"action '{a}' has no range in actionLabel.txt (NaN)").ToList();
        return new RecordingContent(
            new Dictionary<string, IReadOnlyList<CanonicalSkeleton>> { [sequence.Name] = sequence.Frames },
            sequence.Actions.Select(a => new InspectedSegment(a.Name, string.Empty, a.Start.TotalSeconds, a.End.TotalSeconds)).ToList(),
            sequence.Rejections,
            notes);
    }

    public static RecordingContent Plain(string path)
    {
        var recording = PlainSkeletonReader.Read(path);
        var people = recording.Frames
            .GroupBy(f => f.PersonId.Length == 0 ? "(no id)" : f.PersonId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CanonicalSkeleton>)g.ToList(), StringComparer.Ordinal);
        return new RecordingContent(
            people,
            recording.Segments.Select(s => new InspectedSegment(s.Label, s.PersonId, s.Span.Start.TotalSeconds, s.Span.End.TotalSeconds)).ToList(),
            recording.Rejections,
            []);
    }

    private static BuetepageAnnotation? FindAnnotation(string path, string name)
    {
        var gestureFolder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var annotationPath = Path.Combine(Path.GetDirectoryName(gestureFolder) ?? ".", "annotation.txt");
        if (!File.Exists(annotationPath))
        {
            return null;
        }

        // pair_P_rec_R_user_U
        var parts = name.Split('_');
        if (parts.Length != 6
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pair)
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var rec))
        {
            return null;
        }

        var gesture = Path.GetFileName(gestureFolder);
        return BuetepageAnnotation.ParseFile(annotationPath)
            .FirstOrDefault(a => a.Pair == pair && a.Recording == rec && BuetepageGestures.Folder(a.Gesture) == gesture);
    }
}
