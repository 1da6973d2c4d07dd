namespace RoboMirror.Models.Training.Metrics;

/// <summary>The mirror network's figures, as pure functions of predictions and truths (no libtorch).</summary>
internal static class MirrorMetrics
{
    /// <summary>
    /// Cross-retrieval Recall@1: for each query (an observed window's latent) the nearest candidate by
    /// cosine similarity (latents are L2-normalised, so the dot product) among all candidates (own-motor
    /// windows' latents); a hit when that candidate has the query's gesture class.
    /// </summary>
    public static double RecallAt1(float[][] queries, int[] queryClasses, float[][] candidates, int[] candidateClasses)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(candidates);
        if (queries.Length == 0 || candidates.Length == 0)
        {
            throw new ArgumentException("Recall@1 needs at least one query and one candidate.");
        }

        var hits = 0;
        for (var q = 0; q < queries.Length; q++)
        {
            var best = -1;
            var bestScore = float.NegativeInfinity;
            for (var c = 0; c < candidates.Length; c++)
            {
                var score = Dot(queries[q], candidates[c]);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = c;
                }
            }

            if (candidateClasses[best] == queryClasses[q])
            {
                hits++;
            }
        }

        return (double)hits / queries.Length;
    }

    /// <summary>Mean of the true-positive and true-negative rates; a class absent from the truths is left out of the mean.</summary>
    public static double BalancedAccuracy(IReadOnlyList<bool> truth, IReadOnlyList<bool> predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Count != predicted.Count || truth.Count == 0)
        {
            throw new ArgumentException($"Balanced accuracy needs as many predictions as truths, at least one ({truth.Count} vs {predicted.Count}).");
        }

        int tp = 0, tn = 0, positives = 0, negatives = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            if (truth[i])
            {
                positives++;
                tp += predicted[i] ? 1 : 0;
            }
            else
            {
                negatives++;
                tn += predicted[i] ? 0 : 1;
            }
        }

        var rates = new List<double>();
        if (positives > 0)
        {
            rates.Add((double)tp / positives);
        }

        if (negatives > 0)
        {
            rates.Add((double)tn / negatives);
        }

        return rates.Average();
    }

    /// <summary>The q-quantile (0..1) by linear interpolation between order statistics.</summary>
    public static double Quantile(IReadOnlyList<double> values, double q)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("A quantile of no values is undefined.", nameof(values));
        }

        var sorted = values.Order().ToArray();
        var position = q * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }

    /// <summary>
    /// Mirror index in the spirit of CMNI (Wyrick 2025): for each latent unit and gesture, Δ_other = mean
    /// activation while observing the gesture minus the observing baseline ("none" windows), Δ_self the same
    /// while executing; the unit's score is max over gestures of min(Δ_self, Δ_other) when both are
    /// positive, else 0. Returns the mean score over units and the fraction of units that count.
    /// </summary>
    public static (double Index, double UnitsCounting) MirrorIndex(
        float[][] observed, int[] observedClasses, float[][] executed, int[] executedClasses, int noneClass = 0)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(executed);
        var units = observed[0].Length;
        var observedBaseline = MeanOf(observed, observedClasses, noneClass, units);
        var executedBaseline = MeanOf(executed, executedClasses, noneClass, units);
        var gestures = observedClasses.Concat(executedClasses).Where(c => c != noneClass).Distinct().ToArray();
        var total = 0d;
        var counting = 0;
        var scores = new double[units];
        foreach (var gesture in gestures)
        {
            var other = MeanOf(observed, observedClasses, gesture, units);
            var self = MeanOf(executed, executedClasses, gesture, units);
            if (other is null || self is null || observedBaseline is null || executedBaseline is null)
            {
                continue;
            }

            for (var u = 0; u < units; u++)
            {
                var deltaOther = other[u] - observedBaseline[u];
                var deltaSelf = self[u] - executedBaseline[u];
                var score = deltaOther > 0 && deltaSelf > 0 ? Math.Min(deltaOther, deltaSelf) : 0d;
                scores[u] = Math.Max(scores[u], score);
            }
        }

        foreach (var score in scores)
        {
            total += score;
            counting += score > 0 ? 1 : 0;
        }

        return (total / units, (double)counting / units);
    }

    private static double[]? MeanOf(float[][] rows, int[] classes, int wanted, int units)
    {
        var sum = new double[units];
        var count = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            if (classes[i] != wanted)
            {
                continue;
            }

            count++;
            for (var u = 0; u < units; u++)
            {
                sum[u] += rows[i][u];
            }
        }

        if (count == 0)
        {
            return null;
        }

        for (var u = 0; u < units; u++)
        {
            sum[u] /= count;
        }

        return sum;
    }

    private static float Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
