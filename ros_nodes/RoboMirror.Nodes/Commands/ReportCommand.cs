using System.ComponentModel;
using RoboMirror.Nodes.Session;
using RoboMirror.Ros.Recording;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary><c>robomirror report RUN_FOLDER</c>: the summary table, summary.json, turn_events.csv and the plots, from session.mcap alone.</summary>
internal sealed class ReportCommand(IAnsiConsole console) : Command<ReportCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<RUN_FOLDER>")]
        [Description("A run folder of robomirror sim (it holds session.mcap).")]
        public string Folder { get; init; } = string.Empty;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var recording = Path.Combine(settings.Folder, RunFolder.Recording);
        if (!File.Exists(recording))
        {
            console.MarkupLineInterpolated($"[red]error:[/] {recording} does not exist; give the run folder of a `robomirror sim` session.");
            return 1;
        }

        try
        {
            var report = RunFolder.Derive(settings.Folder);
            SummaryTable.Write(console, report);
            console.MarkupLineInterpolated($"Rewrote {string.Join(", ", RunFolder.Files.Skip(1))} in {settings.Folder} from {RunFolder.Recording}.");
            return 0;
        }
        catch (Exception e) when (e is SessionRecordingException or McapFormatException or IOException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }
    }
}
