using RoboMirror.Perception.Datasets.Buetepage;
using RoboMirror.Perception.Datasets.UtKinect;
using RoboMirror.Perception.Skeleton;
using RoboMirror.Perception.Streaming;

namespace RoboMirror.Perception.Segmentation.Evaluation;

/// <summary>
/// Runs the activity segmenter over the labelled recordings exactly as a robot would see them (each
/// frame through the streaming pipeline, in time order) and scores it against the labels. The figures
/// in docs/perception.md come from here.
/// </summary>
public static class SegmentationStudy
{
    /// <summary>UTKinect actions in which the arms do the work (the rest are whole-body: walk, sit down, stand up, carry).</summary>
    public static IReadOnlyList<string> UtKinectArmActions { get; } = ["pickUp", "throw", "push", "pull", "waveHands", "clapHands"];

    /// <summary>Motion energy and hand drift of one person's frames, through a pipeline with <paramref name="options"/> (default: <see cref="OfflineReplay.Options"/>).</summary>
    public static IReadOnlyList<ActivitySample> ActivitySeries(IEnumerable<CanonicalSkeleton> frames, StreamOptions? options = null)
    {
        var series = new List<ActivitySample>();
        OfflineReplay.Run(frames, options, f => series.Add(new ActivitySample(f.Timestamp, f.MotionEnergy, f.HandDrift)));
        return series;
    }

    /// <summary>Bütepage: the leader's movement against the annotated interaction (start to stop frame).</summary>
    public static SegmentationScore Buetepage(IEnumerable<BuetepageInteraction> interactions, SegmenterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        return SegmentationScore.Combine(interactions.Select(interaction =>
        {
            var predicted = ActivitySegmenter.Segment(ActivitySeries(interaction.Leader.Frames), options);
            return SegmentationEvaluator.Evaluate([new ActivitySegment(interaction.StartTime, interaction.StopTime)], predicted);
        }));
    }

    /// <summary>UTKinect: each continuous stream against its labelled actions (all of them, or only <paramref name="actions"/>).</summary>
    public static SegmentationScore UtKinect(IEnumerable<UtKinectSequence> sequences, SegmenterOptions? options = null, IReadOnlyCollection<string>? actions = null)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        return SegmentationScore.Combine(sequences.Select(sequence =>
        {
            var predicted = ActivitySegmenter.Segment(ActivitySeries(sequence.Frames), options);
            var labelled = sequence.Actions
                .Where(a => actions is null || actions.Contains(a.Name))
                .Select(a => new ActivitySegment(a.Start, a.End))
                .ToList();
            var score = SegmentationEvaluator.Evaluate(labelled, predicted);
            if (actions is null)
            {
                return score;
            }

            // With a subset of actions, predictions over the other labelled actions are not false alarms.
            var all = sequence.Actions.Select(a => new ActivitySegment(a.Start, a.End)).ToList();
            var falseAlarms = predicted.Count(p => all.All(l => l.Overlap(p) == TimeSpan.Zero));
            return score with { FalseAlarms = falseAlarms };
        }));
    }
}
