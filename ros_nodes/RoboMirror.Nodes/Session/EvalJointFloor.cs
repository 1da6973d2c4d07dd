using RoboMirror.Controller.Evaluation;

namespace RoboMirror.Nodes.Session;

/// <summary>
/// What the recordings allow a joint policy that times itself from the leader's onset: the human follower's onset minus
/// the leader's (both by the same segmenter rule on each person's whole stream), and the median |onset error| of a
/// policy that knew the leader's onset exactly and started its motion a constant lag after it, with the best constant
/// chosen in hindsight. A policy that waits to see the leader move cannot do better than that median, except by
/// predicting each follower's own timing.
/// </summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="Interactions">Interactions with both onsets.</param>
/// <param name="FollowerFirst">Of those, how many followers started before their leader.</param>
/// <param name="LagMsMedian">Median of follower onset − leader onset, ms.</param>
/// <param name="BestLagMs">The constant lag after the leader's onset with the smallest median |onset error|, ms.</param>
/// <param name="AbsErrorMsMedianAtBestLag">That smallest median |onset error|, ms.</param>
internal sealed record EvalJointFloor(string Dataset, int Interactions, int FollowerFirst, double LagMsMedian, double BestLagMs, double AbsErrorMsMedianAtBestLag)
{
    /// <summary>The lags tried are this far apart.</summary>
    public const double StepMs = 10;

    /// <summary>One floor per dataset whose interactions have both onsets, in order of first appearance.</summary>
    public static IReadOnlyList<EvalJointFloor> Of(IEnumerable<EvalInteraction> interactions)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        var floors = new List<EvalJointFloor>();
        foreach (var group in interactions.GroupBy(i => i.Dataset))
        {
            var lags = group
                .Where(i => i.FollowerOnset is not null && i.LeaderOnset is not null)
                .Select(i => (i.FollowerOnset!.Value - i.LeaderOnset!.Value).TotalMilliseconds)
                .ToList();
            if (lags.Count > 0)
            {
                floors.Add(From(group.Key, lags));
            }
        }

        return floors;
    }

    /// <summary>The floor of one set of follower − leader lags (ms): the best constant on a <see cref="StepMs"/> grid over their range.</summary>
    public static EvalJointFloor From(string dataset, IReadOnlyList<double> lagsMs)
    {
        ArgumentNullException.ThrowIfNull(lagsMs);
        if (lagsMs.Count == 0)
        {
            throw new ArgumentException("The joint floor needs at least one follower - leader lag.", nameof(lagsMs));
        }

        var best = (Lag: 0.0, Error: double.PositiveInfinity);
        var first = Math.Floor(lagsMs.Min() / StepMs) * StepMs;
        for (var lag = first; lag <= lagsMs.Max() + StepMs; lag += StepMs)
        {
            var c = lag;
            var error = Statistics.Quantile([.. lagsMs.Select(l => Math.Abs(c - l))], 0.5)!.Value;
            if (error < best.Error - 1e-9)
            {
                best = (lag, error);
            }
        }

        return new EvalJointFloor(dataset, lagsMs.Count, lagsMs.Count(l => l < 0), Statistics.Quantile(lagsMs, 0.5)!.Value, best.Lag, best.Error);
    }
}
