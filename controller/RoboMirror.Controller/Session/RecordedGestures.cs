using RoboMirror.Controller.Simulation;
using RoboMirror.Perception.Datasets.Buetepage;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Controller.Session;

/// <summary>
/// Gestures taken from the Bütepage recordings: the leader's side of each interaction (annotated start to
/// stop, with up to <see cref="Margin"/> of rest before and after) as the simulated partner's clips, and the
/// follower's side of one interaction per gesture as the robot's answers.
/// </summary>
public static class RecordedGestures
{
    /// <summary>Rest kept around the annotated interaction in a partner clip.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(500);

    /// <summary>The leaders' clips, one per interaction, in the reader's order.</summary>
    public static IReadOnlyList<GestureClip> LeaderClips(IReadOnlyList<BuetepageInteraction> interactions)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        var clips = new List<GestureClip>(interactions.Count);
        foreach (var interaction in interactions)
        {
            if (Clip(interaction.Leader.Frames, interaction.StartTime, interaction.StopTime, BuetepageGestures.Folder(interaction.Gesture), $"buetepage {interaction.Name} leader") is { } clip)
            {
                clips.Add(clip);
            }
        }

        return clips.Count > 0
            ? clips
            : throw new ArgumentException($"None of the {interactions.Count} recorded interactions gave a usable leader clip (3D frames around the annotated start and stop).", nameof(interactions));
    }

    /// <summary>
    /// A clip of one person's labelled movement [<paramref name="start"/>, <paramref name="end"/>] (times of
    /// <paramref name="frames"/>) with up to <see cref="Margin"/> of what came before and after; where the recording
    /// has less than the margin (a clip pre-cut to the action), its first and last frames are held for the rest.
    /// Null when fewer than two 3D frames fall inside.
    /// </summary>
    public static GestureClip? Clip(IReadOnlyList<CanonicalSkeleton> frames, TimeSpan start, TimeSpan end, string gesture, string source)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var selected = frames.Where(f => f.Timestamp >= start - Margin && f.Timestamp <= end + Margin && f.Space == SkeletonSpace.Body3D).ToList();
        if (selected.Count < 2 || end <= start)
        {
            return null;
        }

        // Hold the first and last frames where the recording does not reach a margin's worth around the movement.
        var before = selected[0].Timestamp - (start - Margin);
        var padded = new List<CanonicalSkeleton>(selected.Count + 2);
        if (before > TimeSpan.Zero)
        {
            var first = selected[0].Clone();
            first.Timestamp = start - Margin;
            padded.Add(first);
        }

        padded.AddRange(selected);
        if (end + Margin > selected[^1].Timestamp)
        {
            var last = selected[^1].Clone();
            last.Timestamp = end + Margin;
            padded.Add(last);
        }

        var rebased = Rebase(padded);
        var origin = padded[0].Timestamp;
        var clipStart = start - origin;
        var clipEnd = end - origin;
        return clipStart < TimeSpan.Zero || clipEnd <= clipStart || clipEnd > rebased[^1].Timestamp
            ? null
            : new GestureClip(gesture, source, rebased, clipStart, clipEnd).Validate();
    }

    /// <summary>The follower's movement (annotated start to stop) of the first interaction of each answer's gesture.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<CanonicalSkeleton>> FollowerMovements(IReadOnlyList<BuetepageInteraction> interactions)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        var movements = new Dictionary<string, IReadOnlyList<CanonicalSkeleton>>(StringComparer.Ordinal);
        foreach (var interaction in interactions)
        {
            var answer = AnswerIds.ForGesture(BuetepageGestures.Folder(interaction.Gesture));
            if (answer is null || movements.ContainsKey(answer))
            {
                continue;
            }

            var frames = Rebase(interaction.InteractionFrames(interaction.Follower).Where(f => f.Space == SkeletonSpace.Body3D).ToList());
            if (frames.Count >= 2)
            {
                movements[answer] = frames;
            }
        }

        return movements;
    }

    private static List<CanonicalSkeleton> Rebase(IReadOnlyList<CanonicalSkeleton> frames)
    {
        var result = new List<CanonicalSkeleton>(frames.Count);
        if (frames.Count == 0)
        {
            return result;
        }

        var origin = frames[0].Timestamp;
        foreach (var frame in frames)
        {
            var t = frame.Timestamp - origin;
            if (result.Count > 0 && t <= result[^1].Timestamp)
            {
                continue;
            }

            var copy = frame.Clone();
            copy.Timestamp = t;
            result.Add(copy);
        }

        return result;
    }
}
