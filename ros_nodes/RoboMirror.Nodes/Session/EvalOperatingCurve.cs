using System.Diagnostics;
using System.Globalization;

namespace RoboMirror.Nodes.Session;

/// <summary>One point of the operating curve: a policy replayed over every interaction with one value of its setting.</summary>
/// <param name="Policy">Timing policy.</param>
/// <param name="Setting">The swept setting (<c>TargetGap</c> or <c>ReactiveHold</c>).</param>
/// <param name="ValueMs">Its value, in ms.</param>
/// <param name="IsDefault">Whether the value is the setting's default (the main report's operating point).</param>
/// <param name="Figures">The turns scored as the main report scores them.</param>
internal sealed record EvalCurvePoint(string Policy, string Setting, double ValueMs, bool IsDefault, EvalPolicyFigures Figures);

/// <summary>
/// The mirror policy against the reactive baseline at its default: the mirror point with the smallest median gap among
/// those whose false-start rate is at most the baseline's (ties: the lower false-start rate, then the smaller
/// <c>TargetGap</c>); <see cref="Mirror"/> null when none qualifies.
/// </summary>
/// <param name="Reactive">The reactive baseline at its default <c>ReactiveHold</c> (the main report's figures).</param>
/// <param name="Mirror">The chosen mirror point, if any.</param>
/// <param name="GapRatio">Reactive median gap / the chosen mirror point's; null without both or when the mirror's is not positive.</param>
internal sealed record EvalCurveMatch(EvalPolicyFigures Reactive, double ReactiveHoldMs, EvalCurvePoint? Mirror, double? GapRatio);

/// <summary>The operating curve: every point, the matched comparison (null unless both mirror and reactive were replayed), notes.</summary>
internal sealed record EvalOperatingCurve(IReadOnlyList<EvalCurvePoint> Points, EvalCurveMatch? Matched, IReadOnlyList<string> Notes, TimeSpan WallTime);

/// <summary>
/// <c>robomirror eval --operating-curve</c>: after the main replays, replays every interaction of each alternating policy
/// once per value of its timing setting (<see cref="EvalOperatingCurveOptions"/>), given to the turn controller as its
/// node parameter; no yield probes. Each interaction is replayed with the model its main replay used (with
/// <c>--leave-one-pair-out</c>, its fold's), so nothing is trained again.
/// </summary>
internal static class EvalOperatingCurveRunner
{
    public static EvalOperatingCurve Run(EvalOptions options, EvalOutcome outcome, EvalOperatingCurveOptions curve, Action<string> report, Action<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(report);
        var c = CultureInfo.InvariantCulture;
        var wall = Stopwatch.StartNew();
        var points = new List<EvalCurvePoint>();
        var warnings = new List<string>();
        foreach (var policy in options.Policies.Where(EvalOperatingCurveOptions.Sweeps))
        {
            var name = EvalOperatingCurveOptions.SettingOf(policy);
            var values = curve.ValuesOf(policy);
            var main = outcome.Turns.Where(t => t.Policy == policy).ToList();
            for (var v = 0; v < values.Count; v++)
            {
                var setting = new EvalTimingSetting(name, EvalOperatingCurveOptions.ParameterOf(name), values[v]);
                var label = $"{policy}, {name} {values[v].ToString(c)} ms";
                report($"operating curve: {label} ({(v + 1).ToString(c)}/{values.Count.ToString(c)}), {main.Count.ToString(c)} interactions");
                var turns = new List<EvalTurn>(main.Count);
                for (var i = 0; i < main.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Invoke($"{label}: {main[i].Interaction.Name} ({(i + 1).ToString(c)}/{main.Count.ToString(c)})");
                    turns.Add(EvalRunner.RunWith(policy, main[i].Interaction, outcome.Data.Answers, main[i].Model, options.Seed, setting, warnings, cancellationToken));
                }

                points.Add(new EvalCurvePoint(policy, name, values[v], values[v] == EvalOperatingCurveOptions.DefaultMs(name), EvalPolicyFigures.Of(policy, turns)));
            }
        }

        var notes = warnings.Distinct(StringComparer.Ordinal).Where(w => !outcome.Notes.Contains(w, StringComparer.Ordinal)).ToList();
        return new EvalOperatingCurve(points, Match(options, outcome, points), notes, wall.Elapsed);
    }

    /// <summary>The matched comparison; null unless both mirror and reactive were replayed.</summary>
    public static EvalCurveMatch? Match(EvalOptions options, EvalOutcome outcome, IReadOnlyList<EvalCurvePoint> points)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(points);
        if (!options.Policies.Contains("reactive") || !options.Policies.Contains("mirror"))
        {
            return null;
        }

        var reactive = EvalPolicyFigures.Of("reactive", [.. outcome.Turns.Where(t => t.Policy == "reactive")]);
        var rate = reactive.Summary.FalseStartRate;
        var mirror = points
            .Where(p => p.Policy == "mirror" && p.Figures.Summary.GapMsMedian is not null && p.Figures.Summary.FalseStartRate <= rate)
            .OrderBy(p => p.Figures.Summary.GapMsMedian!.Value)
            .ThenBy(p => p.Figures.Summary.FalseStartRate)
            .ThenBy(p => p.ValueMs)
            .FirstOrDefault();
        double? ratio = reactive.Summary.GapMsMedian is { } r && mirror?.Figures.Summary.GapMsMedian is { } m && m > 0 ? r / m : null;
        return new EvalCurveMatch(reactive, EvalOperatingCurveOptions.DefaultMs(EvalOperatingCurveOptions.ReactiveHold), mirror, ratio);
    }
}
