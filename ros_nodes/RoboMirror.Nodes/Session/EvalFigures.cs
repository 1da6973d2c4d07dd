using System.Text.Json;
using System.Text.Json.Nodes;
using RoboMirror.Controller.Evaluation;

namespace RoboMirror.Nodes.Session;

/// <summary>One policy's figures over every replayed interaction.</summary>
internal sealed record EvalPolicyFigures(
    string Name,
    PolicySummary Summary,
    double? OnsetErrorP25,
    double? OnsetErrorP75,
    double? OnsetErrorP90,
    int Answered,
    int FalseStarts,
    int Missed,
    int Yields,
    double? HumanIdle,
    double? RobotIdle,
    double? ConcurrentActivity,
    double? FunctionalDelayMs)
{
    public static EvalPolicyFigures Of(string name, IReadOnlyList<EvalTurn> turns)
    {
        var outcomes = turns.Select(t => t.Outcome).ToList();
        var errors = outcomes.Where(o => o.OnsetErrorVsHumanMs is not null).Select(o => o.OnsetErrorVsHumanMs!.Value).ToArray();
        var fluency = turns.Select(t => t.Report.Fluency).OfType<FluencyMeasures>().ToList();
        var delays = fluency.Where(f => f.FunctionalDelayMs is not null).Select(f => f.FunctionalDelayMs!.Value).ToList();
        return new EvalPolicyFigures(
            name,
            PolicySummary.From(name, outcomes),
            Statistics.Quantile(errors, 0.25),
            Statistics.Quantile(errors, 0.75),
            Statistics.Quantile(errors, 0.9),
            outcomes.Count(o => o.Kind == TurnOutcomeKind.Answered),
            outcomes.Count(o => o.Kind == TurnOutcomeKind.FalseStart),
            outcomes.Count(o => o.Kind == TurnOutcomeKind.Missed),
            turns.Sum(t => t.Report.Yields),
            fluency.Count > 0 ? fluency.Average(f => f.HumanIdle) : null,
            fluency.Count > 0 ? fluency.Average(f => f.RobotIdle) : null,
            fluency.Count > 0 ? fluency.Average(f => f.ConcurrentActivity) : null,
            delays.Count > 0 ? delays.Average() : null);
    }
}

/// <summary>One policy's yield probes: how fast the robot gave way to a partner who resumed during its answer.</summary>
/// <param name="Probes">Probe sessions run.</param>
/// <param name="RobotBusy">Probes in which the robot was still answering when the partner resumed (the others needed no yield).</param>
/// <param name="Yielded">Of those, the probes in which the robot came to rest after taking the partner to resume.</param>
/// <param name="AnswerEndedFirst">Of those, the probes in which the robot's answer ended by itself before it took the partner to resume.</param>
internal sealed record EvalYieldFigures(int Probes, int RobotBusy, int Yielded, int AnswerEndedFirst, double? LatencyMsMedian, double? LatencyMsP90, double? LatencyMsMax, double? DetectionMsMedian)
{
    public static EvalYieldFigures Of(IReadOnlyList<EvalYieldProbe> probes)
    {
        var busy = probes.Where(p => p.RobotBusyAtResume).ToList();
        var latencies = busy.Where(p => p.AnswerEndedFirst is null && p.YieldLatencyMs is not null).Select(p => p.YieldLatencyMs!.Value).ToArray();
        var detections = busy.Where(p => p.AnswerEndedFirst is null && p.DetectionLatencyMs is not null).Select(p => p.DetectionLatencyMs!.Value).ToArray();
        return new EvalYieldFigures(
            probes.Count,
            busy.Count,
            latencies.Length,
            busy.Count(p => p.AnswerEndedFirst is not null),
            Statistics.Quantile(latencies, 0.5),
            Statistics.Quantile(latencies, 0.9),
            latencies.Length > 0 ? latencies.Max() : null,
            Statistics.Quantile(detections, 0.5));
    }
}

/// <summary>The mirror network's own figures, read from the model card beside the model file.</summary>
internal sealed record MirrorFigures(string Source, double? RecallAt1, double? GestureAccuracyAt50Pct, double? TimeToEndErrorMsMedian, string? Note)
{
    /// <summary>The card of <paramref name="modelPath"/> (<c>mirror-observation.card.json</c> beside <c>mirror-observation.onnx</c>).</summary>
    public static string CardPath(string modelPath) =>
        Path.Combine(Path.GetDirectoryName(modelPath) ?? string.Empty, Path.GetFileNameWithoutExtension(modelPath) + ".card.json");

    /// <summary>
    /// The figures of a leave-one-pair-out replay: each fold's model card holds that model's figures on the pair it was
    /// not trained on; the result is their mean over the folds.
    /// </summary>
    public static MirrorFigures FromFoldCards(IReadOnlyList<string> modelPaths)
    {
        ArgumentNullException.ThrowIfNull(modelPaths);
        var folds = modelPaths.Select(FromCard).ToList();
        static double? Mean(IEnumerable<double?> values)
        {
            var list = values.ToList();
            return list.Count > 0 && list.All(v => v is not null) ? list.Average(v => v!.Value) : null;
        }

        var problems = folds.Where(f => f.Note is not null).Select(f => f.Note).ToList();
        return new MirrorFigures(
            $"the {folds.Count} fold models' cards (each model's figures on the pair it was not trained on), mean over the folds",
            Mean(folds.Select(f => f.RecallAt1)),
            Mean(folds.Select(f => f.GestureAccuracyAt50Pct)),
            Mean(folds.Select(f => f.TimeToEndErrorMsMedian)),
            problems.Count > 0 ? string.Join(" ", problems) : null);
    }

    /// <summary>Reads the leave-one-pair-out means from the card; a missing or unreadable card gives nulls and says why.</summary>
    public static MirrorFigures FromCard(string modelPath)
    {
        var card = CardPath(modelPath);
        if (!File.Exists(card))
        {
            return new MirrorFigures("none", null, null, null, $"no model card at {card}: run robomirror train, or robomirror eval without --data for the leave-one-pair-out figures");
        }

        try
        {
            var root = JsonNode.Parse(File.ReadAllText(card)) ?? throw new JsonException("the card is empty");
            var mean = root["mean"];
            var recalls = (root["leaveOnePairOut"] as JsonArray ?? [])
                .Select(p => p?["recallAt1"]?["value"]?.GetValue<double>())
                .ToList();
            double? recall = recalls.Count > 0 && recalls.All(r => r is not null) ? recalls.Average(r => r!.Value) : null;
            return new MirrorFigures(
                $"model card {card} (leave-one-pair-out means over the held-out pairs)",
                recall,
                mean?["gestureAccuracyBySeen"]?["50%"]?["value"]?.GetValue<double>(),
                mean?["timeToEndMedianErrorMs"]?["value"]?.GetValue<double>(),
                null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return new MirrorFigures("none", null, null, null, $"the model card {card} could not be read: {e.Message}");
        }
    }
}
