using RoboMirror.Models.Contract;
using RoboMirror.Models.Features;

namespace RoboMirror.Models.Training.Data;

/// <summary>
/// Every window (one per <c>hop</c> grid frames) of a set of interactions, with its targets: the inputs
/// as one [windows × frames × features] array and, per window, where it comes from and its labels.
/// A window whose start lies before the recording repeats the first frame, as the runtime does.
/// </summary>
internal sealed class WindowSet
{
    private WindowSet(IReadOnlyList<InteractionGrid> interactions, int windowFrames, float[] inputs, long[] gestures, float[] activity, IReadOnlyList<WindowInfo> windows, float[]? joints, int jointCount)
    {
        Joints = joints;
        JointCount = jointCount;
        Interactions = interactions;
        WindowFrames = windowFrames;
        Inputs = inputs;
        Gestures = gestures;
        Activity = activity;
        Windows = windows;
    }

    /// <summary>Where one window comes from and its labels.</summary>
    public readonly record struct WindowInfo(int Interaction, int EndFrame, WindowLabels Labels);

    public IReadOnlyList<InteractionGrid> Interactions { get; }

    public int WindowFrames { get; }

    /// <summary>[windows × frames × features].</summary>
    public float[] Inputs { get; }

    /// <summary>Gesture class per window.</summary>
    public long[] Gestures { get; }

    /// <summary>[windows × bins] soft activity targets.</summary>
    public float[] Activity { get; }

    public IReadOnlyList<WindowInfo> Windows { get; }

    /// <summary>The followers' joint-command windows at the same instants: [windows × frames × joints]; null unless every interaction has them.</summary>
    public float[]? Joints { get; }

    /// <summary>Joints per frame of <see cref="Joints"/>; 0 when there are none.</summary>
    public int JointCount { get; }

    public int Count => Windows.Count;

    public static WindowSet Build(IReadOnlyList<InteractionGrid> interactions, int windowFrames, int hop)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        ArgumentOutOfRangeException.ThrowIfLessThan(windowFrames, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(hop, 1);
        var infos = new List<WindowInfo>();
        for (var i = 0; i < interactions.Count; i++)
        {
            var grid = interactions[i];
            for (var end = 0; end < grid.Frames; end += hop)
            {
                infos.Add(new WindowInfo(i, end, WindowLabels.At(grid.TimeOf(end), grid.StartSeconds, grid.StopSeconds, grid.GestureClass)));
            }
        }

        const int F = SkeletonFeatures.Count;
        var inputs = new float[infos.Count * windowFrames * F];
        var gestures = new long[infos.Count];
        var activity = new float[infos.Count * ActivityBins.Count];
        for (var w = 0; w < infos.Count; w++)
        {
            var info = infos[w];
            CopyWindow(interactions[info.Interaction], info.EndFrame, windowFrames, inputs.AsSpan(w * windowFrames * F, windowFrames * F));
            gestures[w] = info.Labels.GestureClass;
            info.Labels.Activity.CopyTo(activity, w * ActivityBins.Count);
        }

        var jointCount = interactions.Count > 0 && interactions.All(i => i.Follower is not null) ? interactions[0].JointCount : 0;
        if (interactions.Any(i => i.JointCount != jointCount && jointCount > 0))
        {
            throw new ArgumentException("The interactions' followers were retargeted onto arms with different joint counts.", nameof(interactions));
        }

        float[]? joints = null;
        if (jointCount > 0)
        {
            joints = new float[infos.Count * windowFrames * jointCount];
            for (var w = 0; w < infos.Count; w++)
            {
                var grid = interactions[infos[w].Interaction];
                for (var f = 0; f < windowFrames; f++)
                {
                    var source = Math.Max(0, infos[w].EndFrame - windowFrames + 1 + f);
                    grid.Follower!.AsSpan(source * jointCount, jointCount).CopyTo(joints.AsSpan(((w * windowFrames) + f) * jointCount, jointCount));
                }
            }
        }

        return new WindowSet(interactions, windowFrames, inputs, gestures, activity, infos, joints, jointCount);
    }

    /// <summary>Copies the window of <paramref name="frames"/> grid frames ending at <paramref name="end"/> into <paramref name="output"/>.</summary>
    public static void CopyWindow(InteractionGrid grid, int end, int frames, Span<float> output)
    {
        const int F = SkeletonFeatures.Count;
        for (var f = 0; f < frames; f++)
        {
            var source = Math.Max(0, end - frames + 1 + f);
            grid.Leader.AsSpan(source * F, F).CopyTo(output.Slice(f * F, F));
        }
    }
}
