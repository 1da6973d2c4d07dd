namespace RoboMirror.Perception.Segmentation.Evaluation;

/// <summary>Scores predicted movement segments against labelled ones (see <see cref="SegmentationScore"/>).</summary>
public static class SegmentationEvaluator
{
    /// <summary>
    /// Each labelled segment is matched to the predicted segment that overlaps it most; its onset and
    /// offset errors are that prediction's start and end minus its own. A label no prediction overlaps is a
    /// miss; a prediction that overlaps no label is a false alarm.
    /// </summary>
    public static SegmentationScore Evaluate(IReadOnlyList<ActivitySegment> labelled, IReadOnlyList<ActivitySegment> predicted)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        ArgumentNullException.ThrowIfNull(predicted);
        var onsets = new List<double>();
        var offsets = new List<double>();
        var missed = 0;
        foreach (var label in labelled)
        {
            ActivitySegment? best = null;
            var bestOverlap = TimeSpan.Zero;
            foreach (var prediction in predicted)
            {
                var overlap = label.Overlap(prediction);
                if (overlap > bestOverlap)
                {
                    bestOverlap = overlap;
                    best = prediction;
                }
            }

            if (best is not { } match)
            {
                missed++;
                continue;
            }

            onsets.Add((match.Start - label.Start).TotalMilliseconds);
            offsets.Add((match.End - label.End).TotalMilliseconds);
        }

        var falseAlarms = predicted.Count(p => labelled.All(l => l.Overlap(p) == TimeSpan.Zero));
        return new SegmentationScore(labelled.Count, predicted.Count, missed, falseAlarms, onsets, offsets);
    }
}
