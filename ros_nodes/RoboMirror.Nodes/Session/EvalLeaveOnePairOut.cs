using System.Diagnostics;
using System.Globalization;
using RoboMirror.Models.Training.Training;
using RoboMirror.Nodes.Commands;

namespace RoboMirror.Nodes.Session;

/// <summary>
/// <c>robomirror eval --leave-one-pair-out</c>: for each pair of the data, trains a model on the other pairs
/// (<c>OUT/models/without_pair_N</c>, card included), replays that pair's interactions with it, and merges the folds
/// into one outcome, so that every figure of the report is on people the model never saw.
/// </summary>
internal static class EvalLeaveOnePairOut
{
    public static EvalOutcome Run(EvalOptions options, TrainSettings training, Action<string> report, Action<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(report);
        var wall = Stopwatch.StartNew();
        var data = EvalDataLoader.Load(options.DataFolder, options.Seed);
        var pairs = data.Interactions.Where(i => i.IsTrainingData).Select(i => i.Pair).Distinct().Order().ToList();
        if (data.BuetepageFolder is null || pairs.Count < 2)
        {
            throw new EvalDataException($"Leave-one-pair-out needs at least two pairs; '{options.DataFolder}' holds {string.Join(", ", pairs.Select(p => $"pair_{p}"))}.");
        }

        var turns = new List<EvalTurn>();
        var probes = new List<EvalYieldProbe>();
        var notes = new List<string>();
        var models = new List<string>();
        var mirrorRan = true;
        foreach (var pair in pairs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = $"pair_{pair.ToString(CultureInfo.InvariantCulture)}";
            var folder = Path.Combine(options.OutputFolder, "models", $"without_{key}");
            var command = $"robomirror train --seed {training.Seed} --epochs {training.Epochs} --hop {training.Hop} --threads {training.Threads} --arm {training.Arm} --no-eval --leave-out {key} --output {folder}";
            var trainOptions = training.ToOptions(command, folder, leaveOnePairOut: false, [key], data.BuetepageFolder) with { CheckpointFolder = Path.Combine(folder, "checkpoints") };
            report($"fold {key}: training without it ({training.Epochs} epochs) into {folder}");
            var card = MirrorTrainingRun.Train(trainOptions, cancellation: cancellationToken);
            report($"fold {key}: trained in {card.TrainingSeconds.ToString("F0", CultureInfo.InvariantCulture)} s; replaying its interactions");
            var model = Path.Combine(folder, MirrorTrainingRun.ObservationFile);
            models.Add(model);
            var fold = EvalRunner.Run(options with { ModelPath = model, Pairs = new HashSet<int> { pair } }, progress, cancellationToken);
            turns.AddRange(fold.Turns);
            probes.AddRange(fold.Probes ?? []);
            notes.AddRange(fold.Notes);
            mirrorRan &= fold.MirrorRan;
        }

        if (data.Interactions.Any(i => !i.IsTrainingData))
        {
            // No model is trained on UTKinect's or SBU's people: the shipped model has never seen them either.
            var shipped = ModelLocator.Find();
            report($"the other datasets' interactions: replaying them with {shipped} (trained on Bütepage only)");
            var unseen = EvalRunner.Run(options with { ModelPath = shipped, OnlyUnseenDatasets = true }, progress, cancellationToken);
            turns.AddRange(unseen.Turns);
            probes.AddRange(unseen.Probes ?? []);
            notes.AddRange(unseen.Notes);
            notes.Add($"interactions of datasets no model is trained on (UTKinect, SBU) were replayed with {shipped}");
            mirrorRan &= unseen.MirrorRan;
        }

        // Turns in the order of the data, policy by policy, as a single run lists them.
        var order = data.Interactions.Select((interaction, index) => (interaction.Name, index)).ToDictionary(x => x.Name, x => x.index, StringComparer.Ordinal);
        var sorted = options.Policies.SelectMany(p => turns.Where(t => t.Policy == p).OrderBy(t => order[t.Interaction.Name])).ToList();
        var sortedProbes = options.Policies.SelectMany(p => probes.Where(t => t.Policy == p).OrderBy(t => order[t.Interaction.Name])).ToList();
        return new EvalOutcome(
            data,
            sorted,
            Path.Combine(options.OutputFolder, "models", "without_pair_N", MirrorTrainingRun.ObservationFile),
            mirrorRan,
            [.. notes.Distinct(StringComparer.Ordinal)],
            wall.Elapsed,
            models,
            options.YieldProbes ? sortedProbes : null);
    }
}
