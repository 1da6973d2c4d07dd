using System.Globalization;
using RoboMirror.Models.Contract;
using RoboMirror.Models.Training.Data;
using RoboMirror.Models.Training.Metrics;
using RoboMirror.Models.Training.Network;

namespace RoboMirror.Models.Training.Training;

/// <summary>
/// The figures for one held-out pair, each beside a baseline fitted on the training windows only:
/// gesture accuracy by how much of the gesture has been seen, activity-projection balanced accuracy, and
/// time-to-end error. The test set must hold every grid frame (hop 1) so each fraction has its window.
/// </summary>
internal static class MirrorEvaluator
{
    /// <summary>How much of each gesture has been seen when its accuracy is taken.</summary>
    public static IReadOnlyList<double> SeenFractions { get; } = [0.1, 0.25, 0.5, 1.0];

    public static PairMetrics Evaluate(string heldOutPair, MirrorNetwork network, WindowSet test, WindowSet train)
    {
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(train);
        var predictions = MirrorPredictor.Predict(network, test);
        return new PairMetrics
        {
            HeldOutPair = heldOutPair,
            Interactions = test.Interactions.Count,
            Windows = test.Count,
            GestureAccuracyBySeen = GestureAccuracy(test, predictions, MostFrequentGesture(train)),
            ActivityBalancedAccuracy = Activity(test, predictions),
            TimeToEndMedianErrorMs = TimeToEnd(test, predictions, train, 0.5),
            TimeToEndP90ErrorMs = TimeToEnd(test, predictions, train, 0.9),
            RecallAt1 = predictions.ExecutionLatents is null ? null : Recall(test, predictions),
            MirrorIndex = predictions.ExecutionLatents is null ? null : Mirror(test, predictions),
        };
    }

    // Queries: observed windows inside a gesture; candidates: every own-motor window of the held-out pair.
    // Baseline: a candidate drawn at random, i.e. the share of candidates with the query's gesture.
    private static Figure Recall(WindowSet test, Predictions predictions)
    {
        var queries = Enumerable.Range(0, test.Count).Where(w => test.Windows[w].Labels.InGesture).ToList();
        var candidateClasses = test.Windows.Select(w => w.Labels.GestureClass).ToArray();
        var recall = MirrorMetrics.RecallAt1(
            queries.Select(w => predictions.Latents[w]).ToArray(),
            queries.Select(w => candidateClasses[w]).ToArray(),
            predictions.ExecutionLatents!,
            candidateClasses);
        var chance = queries.Average(w => candidateClasses.Count(c => c == candidateClasses[w]) / (double)candidateClasses.Length);
        return new Figure(recall, chance);
    }

    private static double Mirror(WindowSet test, Predictions predictions)
    {
        var classes = test.Windows.Select(w => w.Labels.GestureClass).ToArray();
        return MirrorMetrics.MirrorIndex(predictions.Latents, classes, predictions.ExecutionLatents!, classes).Index;
    }

    private static Dictionary<string, Figure> GestureAccuracy(WindowSet test, Predictions predictions, int baselineClass)
    {
        var byEnd = new Dictionary<(int Interaction, int End), int>();
        for (var w = 0; w < test.Count; w++)
        {
            byEnd[(test.Windows[w].Interaction, test.Windows[w].EndFrame)] = w;
        }

        var result = new Dictionary<string, Figure>(StringComparer.Ordinal);
        foreach (var fraction in SeenFractions)
        {
            var hits = 0;
            var baselineHits = 0;
            for (var i = 0; i < test.Interactions.Count; i++)
            {
                var grid = test.Interactions[i];
                var t = grid.StartSeconds + (fraction * (grid.StopSeconds - grid.StartSeconds));
                var end = Math.Clamp((int)Math.Round(t * grid.RateHz), 0, grid.Frames - 1);
                var probabilities = predictions.Gesture[byEnd[(i, end)]];
                hits += ArgMaxGesture(probabilities) == grid.GestureClass ? 1 : 0;
                baselineHits += baselineClass == grid.GestureClass ? 1 : 0;
            }

            var key = ((int)Math.Round(fraction * 100)).ToString(CultureInfo.InvariantCulture) + "%";
            result[key] = new Figure((double)hits / test.Interactions.Count, (double)baselineHits / test.Interactions.Count);
        }

        return result;
    }

    private static Figure Activity(WindowSet test, Predictions predictions)
    {
        var perBin = new List<double>();
        var baselinePerBin = new List<double>();
        for (var k = 0; k < ActivityBins.Count; k++)
        {
            var truth = test.Windows.Select(w => w.Labels.Activity[k] > 0.5f).ToList();
            var predicted = Enumerable.Range(0, test.Count).Select(w => predictions.Activity[w][k] > 0.5f).ToList();
            var persistence = test.Windows.Select(w => w.Labels.InGesture).ToList();
            perBin.Add(MirrorMetrics.BalancedAccuracy(truth, predicted));
            baselinePerBin.Add(MirrorMetrics.BalancedAccuracy(truth, persistence));
        }

        return new Figure(perBin.Average(), baselinePerBin.Average());
    }

    private static Figure TimeToEnd(WindowSet test, Predictions predictions, WindowSet train, double quantile)
    {
        var baseline = MirrorMetrics.Quantile(EndInSight(train).Select(w => train.Windows[w].Labels.SecondsToEnd).ToList(), 0.5);
        var errors = new List<double>();
        var baselineErrors = new List<double>();
        foreach (var w in EndInSight(test))
        {
            var truth = test.Windows[w].Labels.SecondsToEnd;
            errors.Add(Math.Abs(predictions.TimeToEnd[w] - truth) * 1000);
            baselineErrors.Add(Math.Abs(baseline - truth) * 1000);
        }

        return new Figure(MirrorMetrics.Quantile(errors, quantile), MirrorMetrics.Quantile(baselineErrors, quantile));
    }

    /// <summary>Windows inside the gesture whose end is at most the projection horizon away.</summary>
    private static IEnumerable<int> EndInSight(WindowSet set) =>
        Enumerable.Range(0, set.Count).Where(w => set.Windows[w].Labels.InGesture && set.Windows[w].Labels.SecondsToEnd <= ActivityBins.Horizon);

    private static int MostFrequentGesture(WindowSet train) =>
        train.Interactions.GroupBy(i => i.GestureClass).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;

    private static int ArgMaxGesture(float[] probabilities)
    {
        var best = 1;
        for (var c = 2; c < probabilities.Length; c++)
        {
            if (probabilities[c] > probabilities[best])
            {
                best = c;
            }
        }

        return best;
    }
}
