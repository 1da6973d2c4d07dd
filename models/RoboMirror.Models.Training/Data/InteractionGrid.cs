using RoboMirror.Models.Contract;
using RoboMirror.Hardware.Description;
using RoboMirror.Perception.Datasets.Buetepage;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Models.Training.Data;

/// <summary>
/// One Bütepage interaction on the model's grid: the leader (the partner the robot observes) as feature
/// frames, when the gesture proper starts and stops on the grid's clock, and its label.
/// </summary>
internal sealed class InteractionGrid
{
    private InteractionGrid(string name, string pairKey, int gestureClass, float[] leader, int frames, double rateHz, double start, double stop, float[]? follower, int jointCount)
    {
        Follower = follower;
        JointCount = jointCount;
        Name = name;
        PairKey = pairKey;
        GestureClass = gestureClass;
        Leader = leader;
        Frames = frames;
        RateHz = rateHz;
        StartSeconds = start;
        StopSeconds = stop;
    }

    /// <summary>E.g. <c>waving/pair_1_rec_0</c>.</summary>
    public string Name { get; }

    /// <summary>E.g. <c>pair_3</c>: folds hold out whole pairs.</summary>
    public string PairKey { get; }

    /// <summary>Index of the gesture in the network's label list (never 0, "none").</summary>
    public int GestureClass { get; }

    /// <summary>The leader's feature frames on the grid: [frames × features].</summary>
    public float[] Leader { get; }

    /// <summary>The follower's arm retargeted onto the robot, on the same grid: [frames × joints] radians; null when not retargeted.</summary>
    public float[]? Follower { get; }

    /// <summary>Joints per frame of <see cref="Follower"/>; 0 when there is none.</summary>
    public int JointCount { get; }

    /// <summary>Grid frames.</summary>
    public int Frames { get; }

    /// <summary>Grid rate, Hz.</summary>
    public double RateHz { get; }

    /// <summary>Start of the gesture proper, seconds from the first grid frame.</summary>
    public double StartSeconds { get; }

    /// <summary>Stop of the gesture proper, seconds from the first grid frame.</summary>
    public double StopSeconds { get; }

    /// <summary>Time of grid frame <paramref name="frame"/>, seconds.</summary>
    public double TimeOf(int frame) => frame / RateHz;

    /// <summary>Builds the grid of one interaction; <paramref name="labels"/> is the network's label list.</summary>
    public static InteractionGrid From(BuetepageInteraction interaction, double rateHz, IReadOnlyList<string> labels, ArmDescription? arm = null)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(labels);
        var folder = BuetepageGestures.Folder(interaction.Gesture);
        var gestureClass = labels.ToList().IndexOf(folder);
        if (gestureClass <= 0)
        {
            throw new ArgumentException($"The label list [{string.Join(", ", labels)}] has no '{folder}' after '{GestureLabels.None}'.", nameof(labels));
        }

        var origin = interaction.Leader.Frames[0].Timestamp;
        var observed = FromStream(
            interaction.Name,
            interaction.PairKey,
            gestureClass,
            interaction.Leader.Frames,
            (interaction.StartTime - origin).TotalSeconds,
            (interaction.StopTime - origin).TotalSeconds,
            rateHz);
        return arm is null ? observed : observed.WithFollower(JointGrid.From(arm, interaction.Follower.Frames, rateHz, observed.Frames), arm.JointCount);
    }

    /// <summary>Builds the grid of any observed stream whose gesture runs from <paramref name="start"/> to <paramref name="stop"/> seconds after its first frame.</summary>
    public static InteractionGrid FromStream(string name, string pairKey, int gestureClass, IReadOnlyList<CanonicalSkeleton> leader, double start, double stop, double rateHz)
    {
        var grid = GridResampler.Resample(leader, rateHz, out var frames);
        return new InteractionGrid(name, pairKey, gestureClass, grid, frames, rateHz, start, stop, null, 0);
    }

    /// <summary>The same interaction with the follower's joint commands ([frames × joints]) attached.</summary>
    public InteractionGrid WithFollower(float[] follower, int jointCount)
    {
        ArgumentNullException.ThrowIfNull(follower);
        if (follower.Length != Frames * jointCount)
        {
            throw new ArgumentException($"{Name}: the follower grid holds {follower.Length} values, expected {Frames} frames × {jointCount} joints.", nameof(follower));
        }

        return new InteractionGrid(Name, PairKey, GestureClass, Leader, Frames, RateHz, StartSeconds, StopSeconds, follower, jointCount);
    }
}
