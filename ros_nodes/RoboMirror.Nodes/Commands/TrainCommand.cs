using System.ComponentModel;
using RoboMirror.Models.Training.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary><c>robomirror train</c>: leave-one-pair-out evaluation, then the final model, its ONNX file and model card.</summary>
internal sealed class TrainCommand(IAnsiConsole console) : Command<TrainCommand.Settings>
{
    internal sealed class Settings : TrainSettings
    {
        [CommandOption("--output <FOLDER>")]
        [Description("Where mirror-observation.onnx and its model card are written. Default: models.")]
        [DefaultValue("models")]
        public string Output { get; init; } = "models";

        [CommandOption("--no-eval")]
        [Description("Skips the leave-one-pair-out evaluation (the card then has no figures). Default: evaluate.")]
        public bool NoEval { get; init; }

        [CommandOption("--leave-out <PAIR>")]
        [Description("A pair (2 or pair_2) left out of training entirely, for evaluating on people the model never saw; repeatable. With one pair left out, the card's figures are the trained model's own on that pair (no leave-one-pair-out folds are trained). Default: none.")]
        public string[] LeaveOut { get; init; } = [];

        public override ValidationResult Validate()
        {
            var result = base.Validate();
            var bad = LeaveOut.FirstOrDefault(p => PairKey(p) is null);
            return !result.Successful ? result
                : bad is not null ? ValidationResult.Error($"--leave-out is '{bad}': give a pair number (2) or name (pair_2).")
                : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var leaveOut = settings.LeaveOut.Select(p => Settings.PairKey(p)!).Distinct(StringComparer.Ordinal).ToList();
        var command = $"robomirror train --seed {settings.Seed} --epochs {settings.Epochs} --hop {settings.Hop} --threads {settings.Threads} --arm {settings.Arm}"
            + (settings.NoEval ? " --no-eval" : string.Empty)
            + string.Concat(leaveOut.Select(p => $" --leave-out {p}"));
        ModelCard? card = null;
        try
        {
            var options = settings.ToOptions(command, settings.Output, !settings.NoEval, leaveOut);
            console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(progress =>
                {
                    var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                    card = MirrorTrainingRun.Train(options, report => TrainingProgressView.Update(progress, tasks, report), cancellationToken);
                });
        }
        catch (Exception e) when (e is ArgumentException or DirectoryNotFoundException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }

        console.MarkupLineInterpolated($"Wrote [green]{Path.Combine(settings.Output, card!.Model)}[/] ({card.ModelBytes / 1024.0:F0} KiB, {card.Parameters} parameters), {card.ExecutionModel ?? "no execution model (--arm none)"} and {MirrorTrainingRun.CardFile} in {card.TrainingSeconds:F0} s.");
        if (card.LeaveOnePairOut.Count > 0)
        {
            EvalTable.Write(console, card.LeaveOnePairOut);
        }

        return 0;
    }
}
