using RoboMirror.Models.Training.Data;
using RoboMirror.Models.Training.Metrics;
using RoboMirror.Models.Training.Network;

namespace RoboMirror.Models.Training.Training;

/// <summary>
/// Leave-one-pair-out evaluation: for each pair, a network trained (same seed and settings) on the other
/// pairs' interactions is evaluated on that pair's, never on windows of people it has seen.
/// </summary>
internal static class LeaveOnePairOut
{
    public static IReadOnlyList<PairMetrics> Run(
        IReadOnlyList<InteractionGrid> interactions,
        MirrorNetworkSettings networkSettings,
        TrainingSettings settings,
        Action<string, EpochReport>? onEpoch = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        var pairs = interactions.Select(i => i.PairKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (pairs.Count < 2)
        {
            throw new ArgumentException($"Leave-one-pair-out needs at least two pairs, the data hold {pairs.Count}.", nameof(interactions));
        }

        var results = new List<PairMetrics>();
        foreach (var pair in pairs)
        {
            var trainGrids = interactions.Where(i => i.PairKey != pair).ToList();
            var testGrids = interactions.Where(i => i.PairKey == pair).ToList();
            var train = WindowSet.Build(trainGrids, networkSettings.WindowFrames, settings.HopFrames);
            var test = WindowSet.Build(testGrids, networkSettings.WindowFrames, hop: 1);
            using var network = MirrorTrainer.Train(train, test, networkSettings, settings, report => onEpoch?.Invoke(pair, report), cancellation: cancellation);
            results.Add(MirrorEvaluator.Evaluate(pair, network, test, train));
        }

        return results;
    }
}
