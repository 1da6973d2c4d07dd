using RoboMirror.Controller.Session;

namespace RoboMirror.Nodes.Session;

/// <summary>
/// The files of a run folder (docs/sim.md): the recording, and what is derived from it alone — the turn
/// events as CSV, the summary as JSON, and the plots as PNG and SVG.
/// </summary>
internal static class RunFolder
{
    public const string Recording = "session.mcap";
    public const string TurnEvents = "turn_events.csv";
    public const string Summary = "summary.json";
    public const string Timeline = "timeline";
    public const string Gaps = "gaps";

    /// <summary>Every file a finished run folder holds.</summary>
    public static IReadOnlyList<string> Files { get; } =
        [Recording, TurnEvents, Summary, Timeline + ".png", Timeline + ".svg", Gaps + ".png", Gaps + ".svg"];

    /// <summary>A new folder name under runs/ for now, e.g. <c>runs/20261129-071500</c>.</summary>
    public static string Default(DateTimeOffset now) => Path.Combine("runs", now.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Reads <c>session.mcap</c> of <paramref name="folder"/>, scores it and writes every derived file.</summary>
    public static SessionReport Derive(string folder)
    {
        var log = SessionRecording.Read(Path.Combine(folder, Recording));
        var report = SessionScoring.Score(log);
        TurnEventsCsv.Write(Path.Combine(folder, TurnEvents), log.Events);
        SummaryJson.Write(Path.Combine(folder, Summary), report);
        SessionPlots.Write(folder, report);
        return report;
    }
}
