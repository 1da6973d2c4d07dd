namespace RoboMirror.Models.Training.Metrics;

/// <summary>A figure with the baseline it is compared with.</summary>
public sealed record Figure(double Value, double Baseline);

/// <summary>
/// The figures for one held-out pair (leave-one-pair-out), each with its baseline. Figures that need the
/// robot's own joint commands (Recall@1, mirror index) are null while no retargeted commands exist.
/// </summary>
public sealed record PairMetrics
{
    /// <summary>The pair held out, e.g. <c>pair_2</c>.</summary>
    public required string HeldOutPair { get; init; }

    /// <summary>Interactions and windows evaluated.</summary>
    public required int Interactions { get; init; }

    /// <summary>Windows evaluated.</summary>
    public required int Windows { get; init; }

    /// <summary>Gesture accuracy (argmax over the gestures, "none" excluded) after 10, 25, 50 and 100 % of the gesture; baseline: the training set's most frequent gesture.</summary>
    public required IReadOnlyDictionary<string, Figure> GestureAccuracyBySeen { get; init; }

    /// <summary>Activity-projection balanced accuracy (bin active = partner in the gesture more than half the bin), mean over bins; baseline: "what is now continues".</summary>
    public required Figure ActivityBalancedAccuracy { get; init; }

    /// <summary>Time-to-end absolute error, ms, median, over windows inside the gesture with the end at most 2 s away; baseline: the training set's median time to end.</summary>
    public required Figure TimeToEndMedianErrorMs { get; init; }

    /// <summary>As <see cref="TimeToEndMedianErrorMs"/>, 90th percentile.</summary>
    public required Figure TimeToEndP90ErrorMs { get; init; }

    /// <summary>Cross-retrieval Recall@1 (observed → own-motor window); baseline: chance. Null without own joint commands.</summary>
    public Figure? RecallAt1 { get; init; }

    /// <summary>Mean mirror score over latent units (CMNI-style). Null without own joint commands.</summary>
    public double? MirrorIndex { get; init; }
}
