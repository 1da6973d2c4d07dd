using RoboMirror.Models.Training.Metrics;
using RoboMirror.Models.Training.Network;

namespace RoboMirror.Models.Training.Training;

/// <summary>What a trained model is, written as JSON next to it: data, settings, seed, commit, metrics.</summary>
public sealed record ModelCard
{
    public required string Model { get; init; }

    public string? ExecutionModel { get; init; }

    public string? Arm { get; init; }

    public required string ModelSha256 { get; init; }

    public required long ModelBytes { get; init; }

    public required string CreatedUtc { get; init; }

    public required string Commit { get; init; }

    public required string Trainer { get; init; }

    public required string Command { get; init; }

    public required ModelCardData Data { get; init; }

    public required MirrorNetworkSettings Network { get; init; }

    public required long Parameters { get; init; }

    public required TrainingSettings Training { get; init; }

    public required double TrainingSeconds { get; init; }

    public required string Evaluation { get; init; }

    public required IReadOnlyList<PairMetrics> LeaveOnePairOut { get; init; }

    public required PairMetricsSummary? Mean { get; init; }

    public required IReadOnlyList<string> Limitations { get; init; }
}

/// <summary>The data a model was trained on.</summary>
public sealed record ModelCardData(string Dataset, string Folder, int Interactions, IReadOnlyList<string> Pairs, int TrainingWindows, double FrameRateHz, string Observed, string Augmentation);

/// <summary>The mean over held-out pairs of each figure and its baseline.</summary>
public sealed record PairMetricsSummary(IReadOnlyDictionary<string, Figure> GestureAccuracyBySeen, Figure ActivityBalancedAccuracy, Figure TimeToEndMedianErrorMs, Figure TimeToEndP90ErrorMs)
{
    public static PairMetricsSummary? Of(IReadOnlyList<PairMetrics> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Count == 0)
        {
            return null;
        }

        static Figure Mean(IEnumerable<Figure> figures)
        {
            var list = figures.ToList();
            return new Figure(list.Average(f => f.Value), list.Average(f => f.Baseline));
        }

        var keys = pairs[0].GestureAccuracyBySeen.Keys;
        return new PairMetricsSummary(
            keys.ToDictionary(k => k, k => Mean(pairs.Select(p => p.GestureAccuracyBySeen[k])), StringComparer.Ordinal),
            Mean(pairs.Select(p => p.ActivityBalancedAccuracy)),
            Mean(pairs.Select(p => p.TimeToEndMedianErrorMs)),
            Mean(pairs.Select(p => p.TimeToEndP90ErrorMs)));
    }
}
