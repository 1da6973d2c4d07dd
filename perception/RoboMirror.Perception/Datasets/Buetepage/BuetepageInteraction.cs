using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Datasets.Buetepage;

/// <summary>
/// One annotated two-person interaction: the whole recording of both persons (frame-synchronous), where
/// the interaction proper starts and stops, and who leads. The leader is the partner a robot observes;
/// the follower's arm is the motion a robot learns to answer with.
/// </summary>
public sealed class BuetepageInteraction
{
    internal BuetepageInteraction(BuetepageAnnotation annotation, BuetepagePerson user1, BuetepagePerson user2)
    {
        Annotation = annotation;
        Persons = [user1, user2];
    }

    /// <summary>The annotation line this interaction comes from.</summary>
    public BuetepageAnnotation Annotation { get; }

    /// <summary>Waving, shaking, rocket or parachute.</summary>
    public BuetepageGesture Gesture => Annotation.Gesture;

    /// <summary>The pair of people (1-4); splits hold out whole pairs.</summary>
    public int Pair => Annotation.Pair;

    /// <summary>Recording 0 or 1 of this pair and gesture.</summary>
    public int Recording => Annotation.Recording;

    /// <summary>First row of the interaction proper (0-based, inclusive).</summary>
    public int StartFrame => Annotation.StartFrame;

    /// <summary>Last row of the interaction proper (0-based, inclusive).</summary>
    public int StopFrame => Annotation.StopFrame;

    /// <summary>Index into <see cref="Persons"/> of who initiates: 0 = user_1, 1 = user_2.</summary>
    public int LeaderIndex => Annotation.Leader;

    /// <summary>user_1 and user_2, in that order.</summary>
    public IReadOnlyList<BuetepagePerson> Persons { get; }

    /// <summary>The person who initiates.</summary>
    public BuetepagePerson Leader => Persons[LeaderIndex];

    /// <summary>The person who answers.</summary>
    public BuetepagePerson Follower => Persons[1 - LeaderIndex];

    /// <summary>Rows in each person's file.</summary>
    public int FrameCount => Persons[0].Frames.Count;

    /// <summary>Timestamp of <see cref="StartFrame"/>.</summary>
    public TimeSpan StartTime => Persons[0].Frames[StartFrame].Timestamp;

    /// <summary>Timestamp of <see cref="StopFrame"/>.</summary>
    public TimeSpan StopTime => Persons[0].Frames[StopFrame].Timestamp;

    /// <summary>A key naming the pair, for splits: <c>pair_3</c>.</summary>
    public string PairKey => $"pair_{Pair}";

    /// <summary>A short name, e.g. <c>waving/pair_1_rec_0</c>.</summary>
    public string Name => $"{BuetepageGestures.Folder(Gesture)}/pair_{Pair}_rec_{Recording}";

    /// <summary>The frames of one person inside the interaction proper (start to stop, inclusive).</summary>
    public IEnumerable<CanonicalSkeleton> InteractionFrames(BuetepagePerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        for (var i = StartFrame; i <= StopFrame; i++)
        {
            yield return person.Frames[i];
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
