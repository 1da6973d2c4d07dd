using System.Text.Json;
using System.Text.Json.Nodes;
using RoboMirror.Controller.Session;

namespace RoboMirror.Nodes.Session;

/// <summary>
/// summary.json: the session's figures (docs/sim.md lists every key). Gap statistics in milliseconds are
/// null when no turn had an onset in its answer window.
/// </summary>
internal static class SummaryJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(string path, SessionReport report) => File.WriteAllText(path, ToJson(report).ToJsonString(Indented) + "\n");

    public static JsonObject ToJson(SessionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Summary;
        var turns = new JsonArray();
        foreach (var t in report.Turns)
        {
            turns.Add(new JsonObject
            {
                ["index"] = t.Partner.Index,
                ["gesture"] = t.Partner.Gesture,
                ["source"] = t.Partner.Source,
                ["partner_start_s"] = Round(t.Partner.Start.TotalSeconds),
                ["partner_end_s"] = Round(t.Partner.End.TotalSeconds),
                ["robot_onset_s"] = t.RobotOnset is { } o ? Round(o.TotalSeconds) : null,
                ["outcome"] = t.Outcome.Kind.ToString().ToLowerInvariant() switch { "falsestart" => "false_start", var k => k },
                ["gap_ms"] = t.Outcome.GapMs is { } g ? Round(g) : null,
                ["hesitated"] = t.Partner.Hesitated,
                ["overlap"] = t.Partner.Overlap,
            });
        }

        var f = report.Fluency;
        return new JsonObject
        {
            ["turns"] = s.Turns,
            ["policy"] = report.Info.Policy,
            ["seed"] = report.Info.Seed,
            ["partner_source"] = report.Info.PartnerSource,
            ["duration_s"] = Round((report.Info.End - report.Info.Start).TotalSeconds),
            ["gap_ms_median"] = Round(s.GapMsMedian),
            ["gap_ms_p25"] = Round(s.GapMsP25),
            ["gap_ms_p75"] = Round(s.GapMsP75),
            ["gap_ms_p90"] = Round(s.GapMsP90),
            ["answered"] = report.Answered,
            ["false_starts"] = report.FalseStarts,
            ["yields"] = report.Yields,
            ["missed"] = report.Missed,
            ["false_start_rate"] = Round(s.FalseStartRate),
            ["missed_rate"] = Round(s.MissedRate),
            ["fluency"] = f is null ? null : new JsonObject
            {
                ["human_idle"] = Round(f.HumanIdle),
                ["robot_idle"] = Round(f.RobotIdle),
                ["concurrent_activity"] = Round(f.ConcurrentActivity),
                ["functional_delay_ms"] = Round(f.FunctionalDelayMs),
            },
            ["turn_details"] = turns,
        };
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;

    private static double Round(double value) => Math.Round(value, 3);
}
