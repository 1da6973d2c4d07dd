using System.Globalization;
using RoboMirror.Controller.Session;
using Spectre.Console;

namespace RoboMirror.Nodes.Session;

/// <summary>The session's summary as a table on the console.</summary>
internal static class SummaryTable
{
    public static void Write(IAnsiConsole console, SessionReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        var c = CultureInfo.InvariantCulture;
        var s = report.Summary;
        static string Ms(double? v) => v is { } x ? x.ToString("F0", CultureInfo.InvariantCulture) + " ms" : "–";
        var table = new Table().Title($"Session: {report.Info.Policy}, seed {report.Info.Seed}, {report.Info.PartnerSource} partner")
            .AddColumn("turns").AddColumn("median gap").AddColumn("p90 gap").AddColumn("answered")
            .AddColumn("false starts").AddColumn("yields").AddColumn("missed").AddColumn("duration");
        table.AddRow(
            s.Turns.ToString(c),
            Ms(s.GapMsMedian),
            Ms(s.GapMsP90),
            report.Answered.ToString(c),
            report.FalseStarts.ToString(c),
            report.Yields.ToString(c),
            report.Missed.ToString(c),
            (report.Info.End - report.Info.Start).TotalSeconds.ToString("F1", c) + " s");
        console.Write(table);
    }
}
