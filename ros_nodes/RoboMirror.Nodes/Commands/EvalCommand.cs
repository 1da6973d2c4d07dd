using System.ComponentModel;
using System.Text.Json;
using RoboMirror.Models.Training.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary><c>robomirror eval</c>: the mirror metrics, leave-one-pair-out, each beside its baseline.</summary>
internal sealed class EvalCommand(IAnsiConsole console) : Command<EvalCommand.Settings>
{
    internal sealed class Settings : TrainSettings
    {
        [CommandOption("--json")]
        [Description("Writes the figures as JSON instead of a table. Default: a table.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = settings.ToOptions("robomirror eval", output: string.Empty, leaveOnePairOut: true);
        IReadOnlyList<Models.Training.Metrics.PairMetrics> metrics = [];
        if (settings.Json)
        {
            metrics = MirrorTrainingRun.Evaluate(options, cancellation: cancellationToken);
            console.WriteLine(JsonSerializer.Serialize(new { pairs = metrics, mean = PairMetricsSummary.Of(metrics) }, MirrorTrainingRun.CardJson));
            return 0;
        }

        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                metrics = MirrorTrainingRun.Evaluate(options, report => TrainingProgressView.Update(progress, tasks, report), cancellationToken);
            });
        EvalTable.Write(console, metrics);
        return 0;
    }
}
