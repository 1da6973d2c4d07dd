using System.Globalization;
using RoboMirror.Models.Training.Metrics;
using RoboMirror.Models.Training.Training;
using Spectre.Console;

namespace RoboMirror.Nodes.Commands;

/// <summary>The leave-one-pair-out figures as a table: one row per held-out pair and a mean row, each cell "value (baseline)".</summary>
internal static class EvalTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<PairMetrics> metrics)
    {
        var table = new Table().Title("Leave-one-pair-out (value, baseline in brackets)");
        table.AddColumn("held out");
        var fractions = metrics.Count > 0 ? metrics[0].GestureAccuracyBySeen.Keys.ToList() : [];
        foreach (var fraction in fractions)
        {
            table.AddColumn($"gesture acc. @{fraction}");
        }

        table.AddColumn("activity bal. acc.");
        table.AddColumn("time-to-end median ms");
        table.AddColumn("time-to-end p90 ms");
        table.AddColumn("Recall@1");
        table.AddColumn("mirror index");
        foreach (var pair in metrics)
        {
            table.AddRow(Row(pair.HeldOutPair, fractions, pair.GestureAccuracyBySeen, pair.ActivityBalancedAccuracy, pair.TimeToEndMedianErrorMs, pair.TimeToEndP90ErrorMs, pair.RecallAt1, pair.MirrorIndex));
        }

        if (PairMetricsSummary.Of(metrics) is { } mean)
        {
            var recalls = metrics.Where(m => m.RecallAt1 is not null).Select(m => m.RecallAt1!).ToList();
            var recall = recalls.Count == metrics.Count ? new Figure(recalls.Average(r => r.Value), recalls.Average(r => r.Baseline)) : null;
            var mirror = metrics.All(m => m.MirrorIndex is not null) ? metrics.Average(m => m.MirrorIndex!.Value) : (double?)null;
            table.AddRow(Row("mean", fractions, mean.GestureAccuracyBySeen, mean.ActivityBalancedAccuracy, mean.TimeToEndMedianErrorMs, mean.TimeToEndP90ErrorMs, recall, mirror));
        }

        console.Write(table);
    }

    private static string[] Row(string name, List<string> fractions, IReadOnlyDictionary<string, Figure> gesture, Figure activity, Figure median, Figure p90, Figure? recall, double? mirror)
    {
        var cells = new List<string> { Markup.Escape(name) };
        cells.AddRange(fractions.Select(f => Fraction(gesture[f])));
        cells.Add(Fraction(activity));
        cells.Add(Milliseconds(median));
        cells.Add(Milliseconds(p90));
        cells.Add(recall is null ? "n/a (--arm none)" : Fraction(recall));
        cells.Add(mirror is null ? "n/a" : mirror.Value.ToString("F4", CultureInfo.InvariantCulture));
        return [.. cells];
    }

    private static string Fraction(Figure figure) =>
        string.Create(CultureInfo.InvariantCulture, $"{figure.Value:F2} ({figure.Baseline:F2})");

    private static string Milliseconds(Figure figure) =>
        string.Create(CultureInfo.InvariantCulture, $"{figure.Value:F0} ({figure.Baseline:F0})");
}
