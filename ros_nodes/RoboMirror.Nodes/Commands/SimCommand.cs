using System.Globalization;
using RoboMirror.Hardware.Safety;
using RoboMirror.Models.Inference;
using RoboMirror.Nodes.Nodes;
using RoboMirror.Nodes.Session;
using RoboMirror.Perception.Datasets;
using RoboMirror.Ros;
using RoboMirror.Ros.Recording;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// <c>robomirror sim</c>: a whole turn-taking session, closed loop (simulated partner, perception, mirror,
/// turn controller, simulated arm, recorder), with live progress, a summary table and a run folder.
/// </summary>
internal sealed class SimCommand(IAnsiConsole console) : Command<SimSettings>
{
    public override int Execute(CommandContext context, SimSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.ToOptions(DateTimeOffset.UtcNow);
        var c = CultureInfo.InvariantCulture;
        console.MarkupLineInterpolated($"[bold]robomirror sim[/]: policy {options.Policy}, seed {options.Seed}, partner {options.Partner}, speed {(options.Speed is { } s ? s.ToString(c) + "×" : "max")}, run folder {options.OutputFolder}");
        SimOutcome outcome;
        try
        {
            outcome = Run(options, cancellationToken);
        }
        catch (Exception e) when (e is ModelFileException or RosException or SessionRecordingException or McapFormatException or DatasetFormatException or CommandRejectedException or IOException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            if (e is ModelFileException)
            {
                console.MarkupLine("The mirror policy needs the trained model; train it with [bold]robomirror train[/], or run [bold]--policy reactive[/] or [bold]--policy oracle[/].");
            }

            return 1;
        }

        foreach (var note in outcome.Notes)
        {
            console.MarkupLineInterpolated($"[yellow]note:[/] {note}");
        }

        SummaryTable.Write(console, outcome.Report);
        var sessionSeconds = (outcome.Report.Info.End - outcome.Report.Info.Start).TotalSeconds;
        console.MarkupLineInterpolated($"{sessionSeconds.ToString("F1", c)} s of session in {outcome.LoopTime.TotalSeconds.ToString("F1", c)} s ({(sessionSeconds / Math.Max(outcome.LoopTime.TotalSeconds, 1e-3)).ToString("F1", c)}× real time; {outcome.WallTime.TotalSeconds.ToString("F1", c)} s with loading and the run folder), {outcome.Messages.ToString(c)} messages recorded.");
        console.MarkupLineInterpolated($"Run folder: {outcome.Folder} ({string.Join(", ", RunFolder.Files)}); regenerate with: robomirror report {outcome.Folder}");
        return 0;
    }

    private SimOutcome Run(SimOptions options, CancellationToken cancellationToken)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            var reported = 0;
            return SimRunner.Run(options, p =>
            {
                if (p.ScoredTurns > reported)
                {
                    reported = p.ScoredTurns;
                    console.WriteLine(Describe(p));
                }
            }, cancellationToken);
        }

        SimOutcome? outcome = null;
        console.Status().Start("starting the session", status =>
        {
            outcome = SimRunner.Run(options, p => status.Status(Markup.Escape(Describe(p))), cancellationToken);
        });
        return outcome!;
    }

    private static string Describe(SimProgress p)
    {
        var c = CultureInfo.InvariantCulture;
        var wanted = p.TurnsWanted is { } w ? "/" + w.ToString(c) : string.Empty;
        var gap = p.LastGapMs is { } g ? g.ToString("F0", c) + " ms" : "–";
        return $"t = {p.SessionTime.TotalSeconds.ToString("F1", c)} s  turns {p.ScoredTurns.ToString(c)}{wanted}  state {TurnMessages.SnakeCase(p.State.ToString())}  last gap {gap}";
    }
}
