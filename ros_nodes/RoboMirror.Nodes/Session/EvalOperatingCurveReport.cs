using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace RoboMirror.Nodes.Session;

/// <summary>
/// The operating curve's share of the evaluation folder: <c>operating_curve.csv</c>, <c>operating_curve.png|svg</c>,
/// the <c>operating_curve</c> section of <c>report.json</c> and its section of <c>report.md</c>.
/// </summary>
internal static class EvalOperatingCurveReport
{
    public const string Csv = "operating_curve.csv";

    /// <summary>The plot, without extension (PNG and SVG).</summary>
    public const string Plot = "operating_curve";

    public const string Definition = "per policy and setting value, every interaction replayed once (no yield probes) and scored as the main report: gap = robot motion onset - labelled end, quantiles over turns with an onset within the 2 s answer window; false_start_rate and missed_rate are fractions of all turns. mirror and oracle sweep TargetGap (target_gap_ms), reactive sweeps ReactiveHold (reactive_hold_ms); the reactive rule also waits for the activity segmenter's own stillness time (800 ms + smoothing), so shorter total holds are not on its curve. matched: the reactive policy at its default ReactiveHold (the main report's figures) against the mirror point with the smallest median gap among those with a false-start rate at most the reactive one (ties: lower false-start rate, then smaller TargetGap); gap_ratio = reactive gap median / that mirror gap median (null when no mirror point qualifies or its median is not positive)";

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Writes the CSV and the plots into <paramref name="folder"/>.</summary>
    public static void Write(string folder, EvalOperatingCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        File.WriteAllText(Path.Combine(folder, Csv), CsvText(curve));
        EvalOperatingCurvePlot.Write(Path.Combine(folder, Plot), curve);
    }

    public static string CsvText(EvalOperatingCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var csv = new StringBuilder("policy,setting,value_ms,turns,gap_ms_median,gap_ms_p25,gap_ms_p75,gap_ms_p90,false_start_rate,false_starts,missed_rate,missed\n");
        foreach (var p in curve.Points)
        {
            var s = p.Figures.Summary;
            csv.Append(C, $"{p.Policy},{p.Setting},{Number(p.ValueMs)},{s.Turns},{Gap(s.GapMsMedian)},{Gap(s.GapMsP25)},{Gap(s.GapMsP75)},{Gap(s.GapMsP90)},{s.FalseStartRate:F4},{p.Figures.FalseStarts},{s.MissedRate:F4},{p.Figures.Missed}\n");
        }

        return csv.ToString();
    }

    /// <summary>The <c>operating_curve</c> section of <c>report.json</c>.</summary>
    public static JsonObject Json(EvalOperatingCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var points = new JsonArray();
        foreach (var p in curve.Points)
        {
            var s = p.Figures.Summary;
            points.Add(new JsonObject
            {
                ["policy"] = p.Policy,
                ["setting"] = p.Setting,
                ["value_ms"] = p.ValueMs,
                ["default"] = p.IsDefault,
                ["turns"] = s.Turns,
                ["gap_ms_median"] = s.GapMsMedian,
                ["gap_ms_p25"] = s.GapMsP25,
                ["gap_ms_p75"] = s.GapMsP75,
                ["gap_ms_p90"] = s.GapMsP90,
                ["false_start_rate"] = s.FalseStartRate,
                ["false_starts"] = p.Figures.FalseStarts,
                ["missed_rate"] = s.MissedRate,
                ["missed"] = p.Figures.Missed,
            });
        }

        JsonObject? matched = null;
        if (curve.Matched is { } m)
        {
            var mirror = m.Mirror?.Figures.Summary;
            matched = new JsonObject
            {
                ["reactive_hold_ms"] = m.ReactiveHoldMs,
                ["reactive_false_start_rate"] = m.Reactive.Summary.FalseStartRate,
                ["reactive_gap_ms_median"] = m.Reactive.Summary.GapMsMedian,
                ["reactive_missed_rate"] = m.Reactive.Summary.MissedRate,
                ["mirror_target_gap_ms"] = m.Mirror?.ValueMs,
                ["mirror_gap_ms_median"] = mirror?.GapMsMedian,
                ["mirror_false_start_rate"] = mirror?.FalseStartRate,
                ["mirror_missed_rate"] = mirror?.MissedRate,
                ["gap_ratio"] = m.GapRatio,
            };
        }

        return new JsonObject
        {
            ["definition"] = Definition,
            ["wall_time_s"] = Math.Round(curve.WallTime.TotalSeconds, 1),
            ["points"] = points,
            ["matched"] = matched,
            ["notes"] = new JsonArray([.. curve.Notes.Select(n => (JsonNode?)JsonValue.Create(n))]),
        };
    }

    /// <summary>Appends the operating curve's section to <c>report.md</c>.</summary>
    public static void AppendMarkdown(StringBuilder md, EvalOperatingCurve curve)
    {
        ArgumentNullException.ThrowIfNull(md);
        ArgumentNullException.ThrowIfNull(curve);
        md.Append(C, $"\n## Operating curve\n\nEach alternating policy replayed over every interaction once per value of its timing setting (`TargetGap` for mirror and oracle, `ReactiveHold` for reactive; no yield probes; {curve.WallTime.TotalSeconds:F1} s), scored as above. The reactive rule also waits for the segmenter's own stillness time (800 ms + smoothing), so shorter total holds are not on its curve. Bold: the setting's default (the table above). `{Csv}`, `{Plot}.png|svg`.\n\n");
        md.Append("| policy | setting | value | turns | gap median | gap IQR | gap p90 | false starts | missed |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var p in curve.Points)
        {
            var s = p.Figures.Summary;
            var value = p.IsDefault ? $"**{Number(p.ValueMs)} ms**" : $"{Number(p.ValueMs)} ms";
            md.Append(C, $"| {p.Policy} | {p.Setting} | {value} | {s.Turns} | {Ms(s.GapMsMedian)} | {(s.GapMsP25 is null ? "–" : $"{Ms(s.GapMsP25)} – {Ms(s.GapMsP75)}")} | {Ms(s.GapMsP90)} | {s.FalseStartRate:F2} ({p.Figures.FalseStarts}) | {s.MissedRate:F2} ({p.Figures.Missed}) |\n");
        }

        md.Append('\n').Append(MatchedSentence(curve.Matched)).Append('\n');
        if (curve.Notes.Count > 0)
        {
            md.Append("\nNotes of the curve's replays (beyond the notes above):\n\n");
            foreach (var note in curve.Notes)
            {
                md.Append("- ").Append(note).Append('\n');
            }
        }
    }

    /// <summary>The matched comparison in words.</summary>
    public static string MatchedSentence(EvalCurveMatch? matched)
    {
        if (matched is not { } m)
        {
            return "Matched comparison: needs both mirror and reactive in --policies.";
        }

        var r = m.Reactive.Summary;
        var baseline = $"The reactive baseline at its default ReactiveHold ({Number(m.ReactiveHoldMs)} ms) has a median gap of {Ms(r.GapMsMedian)} with a false-start rate of {r.FalseStartRate:F2} ({m.Reactive.FalseStarts} of {r.Turns}) and a missed rate of {r.MissedRate:F2} ({m.Reactive.Missed}).";
        if (m.Mirror is not { } p)
        {
            return FormattableString.Invariant($"Matched comparison: {baseline} No mirror point has a median gap at a false-start rate at most {r.FalseStartRate:F2}.");
        }

        var s = p.Figures.Summary;
        var ratio = m.GapRatio is { } x ? FormattableString.Invariant($"{x:F2}× shorter than the baseline's") : "not comparable as a ratio";
        return FormattableString.Invariant($"Matched comparison: {baseline} At an equal or lower false-start rate, the mirror policy's shortest median gap is {Ms(s.GapMsMedian)} (TargetGap {Number(p.ValueMs)} ms; false-start rate {s.FalseStartRate:F2}, {p.Figures.FalseStarts} of {s.Turns}; missed rate {s.MissedRate:F2}, {p.Figures.Missed}): {ratio}.");
    }

    private static string Number(double? v) => v is { } x ? x.ToString("0.#", C) : string.Empty;

    private static string Gap(double? v) => v is { } x ? x.ToString("F1", C) : string.Empty;

    private static string Ms(double? v) => v is { } x ? x.ToString("F0", C) + " ms" : "–";
}
