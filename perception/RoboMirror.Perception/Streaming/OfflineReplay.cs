using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Streaming;

/// <summary>
/// Runs a recorded stream of one person through the streaming pipeline offline, frame by frame in time order, as a
/// robot would see it live: what training and evaluation must feed a model so that it learns from what it will be
/// given (the pipeline's filtered skeleton, with its lag), not from the raw recording.
/// </summary>
public static class OfflineReplay
{
    /// <summary>The options of an offline replay: nothing arrives late (no reorder window) and nobody is lost between frames.</summary>
    public static StreamOptions Options { get; } = new() { ReorderWindow = TimeSpan.Zero, PersonLostTimeout = TimeSpan.FromHours(1) };

    /// <summary>
    /// The filtered skeletons the pipeline releases for <paramref name="frames"/> (copies, in time order). Frames a
    /// dataset reader kept in place as untracked skeletons (no shoulders) are skipped, as are frames the pipeline rejects.
    /// </summary>
    public static IReadOnlyList<CanonicalSkeleton> FilteredSkeletons(IEnumerable<CanonicalSkeleton> frames, StreamOptions? options = null)
    {
        var released = new List<CanonicalSkeleton>();
        Run(frames, options, f => released.Add(f.Skeleton.Clone()));
        return released;
    }

    /// <summary>Pushes <paramref name="frames"/> through a pipeline with <paramref name="options"/> (default <see cref="Options"/>) and hands every released frame's features to <paramref name="sink"/>.</summary>
    public static void Run(IEnumerable<CanonicalSkeleton> frames, StreamOptions? options, Action<PersonFeatures> sink)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(sink);
        var pipeline = new PerceptionPipeline(options ?? Options);
        pipeline.FeaturesReady += sink;
        foreach (var frame in frames)
        {
            if (frame.IsTracked(CanonicalJoint.LeftShoulder))
            {
                pipeline.Push(frame);
            }
        }

        pipeline.Advance(TimeSpan.MaxValue - TimeSpan.FromDays(1));
    }
}
