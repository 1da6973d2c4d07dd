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
            var frames = interaction.Leader.Frames;
            var from = interaction.StartTime - Margin;
            var to = interaction.StopTime + Margin;
            var selected = frames.Where(f => f.Timestamp >= from && f.Timestamp <= to && f.Space == SkeletonSpace.Body3D).ToList();
            var rebased = Rebase(selected);
            if (rebased.Count < 2)
            {
                continue;
            }

            var origin = selected[0].Timestamp;
            var start = interaction.StartTime - origin;
            var end = interaction.StopTime - origin;
            if (start < TimeSpan.Zero || end <= start || end > rebased[^1].Timestamp)
            {
                continue;
            }

            clips.Add(new GestureClip(BuetepageGestures.Folder(interaction.Gesture), $"buetepage {interaction.Name} leader", rebased, start, end).Validate());
        }

        return clips.Count > 0
            ? clips
            : throw new ArgumentException($"None of the {interactions.Count} recorded interactions gave a usable leader clip (3D frames around the annotated start and stop).", nameof(interactions));
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
