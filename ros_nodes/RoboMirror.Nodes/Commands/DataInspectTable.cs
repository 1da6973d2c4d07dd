using System.Globalization;
using RoboMirror.Perception.Inspection;
using Spectre.Console;

namespace RoboMirror.Nodes.Commands;

/// <summary>The human-readable report of <c>data inspect</c>.</summary>
internal static class DataInspectTable
{
    public static void Write(IAnsiConsole console, InspectionReport report)
    {
        var c = CultureInfo.InvariantCulture;
        var summary = new Table().AddColumn("field").AddColumn("value").HideHeaders();
        summary.AddRow("file", Markup.Escape(report.Path));
        summary.AddRow("format", Markup.Escape(report.Format + (report.FormatDetected ? " (detected)" : " (named)")));
        summary.AddRow("space", report.Space);
        summary.AddRow("people", Markup.Escape($"{report.People.Count}: {string.Join(", ", report.People)}"));
        summary.AddRow("frames", report.Frames.ToString(c));
        summary.AddRow("rate", string.Create(c, $"{report.RateHz:F1} Hz (median frame step)"));
        summary.AddRow("duration", string.Create(c, $"{report.Duration.TotalSeconds:F2} s"));
        console.Write(summary);

        var segments = new Table().Title("labelled segments").AddColumn("label").AddColumn("person").AddColumn("start (s)").AddColumn("end (s)");
        foreach (var s in report.Segments)
        {
            segments.AddRow(Markup.Escape(s.Label), Markup.Escape(s.Person.Length == 0 ? "-" : s.Person), s.StartSeconds.ToString("F2", c), s.EndSeconds.ToString("F2", c));
        }

        if (report.Segments.Count == 0)
        {
            segments.AddRow("(none)", "-", "-", "-");
        }

        console.Write(segments);

        var counts = new Table().Title("rejected or repaired").AddColumn("reason").AddColumn("count");
        foreach (var (reason, count) in report.Counts)
        {
            counts.AddRow(reason, count.ToString(c));
        }

        if (report.Counts.Count == 0)
        {
            counts.AddRow("(nothing)", "0");
        }

        console.Write(counts);
        foreach (var note in report.Notes)
        {
            console.MarkupLineInterpolated($"note: {note}");
        }
    }
}
