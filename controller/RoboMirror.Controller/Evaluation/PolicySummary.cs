namespace RoboMirror.Controller.Evaluation;

/// <summary>
/// Aggregate figures of one policy over many turns. Gap statistics are over turns with an onset inside
/// the answer window (answered and false starts); rates are fractions of all turns.
/// </summary>
public sealed record PolicySummary(
    string Name,
    int Turns,
    double? GapMsMedian,
    double? GapMsP25,
    double? GapMsP75,
    double? GapMsP90,
    double FalseStartRate,
    double MissedRate,
    double? OnsetErrorVsHumanMsMedian,
    double? AbsOnsetErrorVsHumanMsMedian)
{
    /// <summary>Summarises scored turns.</summary>
    public static PolicySummary From(string name, IReadOnlyCollection<TurnOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var gaps = outcomes.Where(o => o.GapMs is not null).Select(o => o.GapMs!.Value).ToArray();
        var errors = outcomes.Where(o => o.OnsetErrorVsHumanMs is not null).Select(o => o.OnsetErrorVsHumanMs!.Value).ToArray();
        var n = outcomes.Count;
        return new PolicySummary(
            name,
            n,
            Statistics.Quantile(gaps, 0.5),
            Statistics.Quantile(gaps, 0.25),
            Statistics.Quantile(gaps, 0.75),
            Statistics.Quantile(gaps, 0.9),
            n == 0 ? 0 : outcomes.Count(o => o.Kind == TurnOutcomeKind.FalseStart) / (double)n,
            n == 0 ? 0 : outcomes.Count(o => o.Kind == TurnOutcomeKind.Missed) / (double)n,
            Statistics.Quantile(errors, 0.5),
            Statistics.Quantile(errors.Select(Math.Abs).ToArray(), 0.5));
    }
}
