namespace RoboMirror.Perception.Segmentation.Evaluation;

/// <summary>
/// How well predicted movement segments match labelled ones. Errors are predicted minus labelled, in
/// milliseconds (negative: the segmenter was early); the medians and 90th percentiles are of the
/// absolute errors. Miss rate = labelled segments no prediction overlaps / labelled segments; false-alarm
/// rate = predicted segments that overlap no label / predicted segments.
/// </summary>
public sealed record SegmentationScore(
    int Labelled, int Predicted, int Missed, int FalseAlarms, IReadOnlyList<double> OnsetErrorsMs, IReadOnlyList<double> OffsetErrorsMs)
{
    /// <summary>Missed labels over all labels (0 when there are none).</summary>
    public double MissRate => Labelled == 0 ? 0 : (double)Missed / Labelled;

    /// <summary>Predictions that match no label over all predictions (0 when there are none).</summary>
    public double FalseAlarmRate => Predicted == 0 ? 0 : (double)FalseAlarms / Predicted;

    /// <summary>Median absolute onset error in ms (NaN when nothing matched).</summary>
    public double OnsetMedianMs => Percentile(OnsetErrorsMs, 0.5);

    /// <summary>90th percentile of the absolute onset error in ms.</summary>
    public double OnsetP90Ms => Percentile(OnsetErrorsMs, 0.9);

    /// <summary>Median absolute offset error in ms.</summary>
    public double OffsetMedianMs => Percentile(OffsetErrorsMs, 0.5);

    /// <summary>90th percentile of the absolute offset error in ms.</summary>
    public double OffsetP90Ms => Percentile(OffsetErrorsMs, 0.9);

    /// <summary>Median signed onset error in ms: below zero the segmenter tends to fire early.</summary>
    public double OnsetSignedMedianMs => SignedMedian(OnsetErrorsMs);

    /// <summary>Median signed offset error in ms.</summary>
    public double OffsetSignedMedianMs => SignedMedian(OffsetErrorsMs);

    /// <summary>Pools several scores (errors concatenated, counts added).</summary>
    public static SegmentationScore Combine(IEnumerable<SegmentationScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var list = scores.ToList();
        return new SegmentationScore(
            list.Sum(s => s.Labelled),
            list.Sum(s => s.Predicted),
            list.Sum(s => s.Missed),
            list.Sum(s => s.FalseAlarms),
            list.SelectMany(s => s.OnsetErrorsMs).ToList(),
            list.SelectMany(s => s.OffsetErrorsMs).ToList());
    }

    /// <summary>One line for logs and docs.</summary>
    public string Summary() =>
        $"labelled {Labelled}, predicted {Predicted}; onset |error| median {OnsetMedianMs:F0} ms, p90 {OnsetP90Ms:F0} ms (signed median {OnsetSignedMedianMs:F0}); "
        + $"offset |error| median {OffsetMedianMs:F0} ms, p90 {OffsetP90Ms:F0} ms (signed median {OffsetSignedMedianMs:F0}); "
        + $"miss rate {MissRate:P1}, false-alarm rate {FalseAlarmRate:P1}";

    private static double Percentile(IReadOnlyList<double> errors, double q)
    {
        if (errors.Count == 0)
        {
            return double.NaN;
        }

        var sorted = errors.Select(Math.Abs).Order().ToList();
        var rank = q * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }

    private static double SignedMedian(IReadOnlyList<double> errors)
    {
        if (errors.Count == 0)
        {
            return double.NaN;
        }

        var sorted = errors.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
