using System.Globalization;
using RoboMirror.Models.Training.Training;
using Spectre.Console;

namespace RoboMirror.Nodes.Commands;

/// <summary>One progress bar per training stage (each held-out pair, then the final model), showing the loss and validation figures.</summary>
internal static class TrainingProgressView
{
    public static void Update(ProgressContext progress, Dictionary<string, ProgressTask> tasks, TrainingProgress report)
    {
        if (!tasks.TryGetValue(report.Stage, out var task))
        {
            task = progress.AddTask(report.Stage, maxValue: report.Epoch.Epochs);
            tasks[report.Stage] = task;
        }

        var epoch = report.Epoch;
        var text = string.Create(CultureInfo.InvariantCulture, $"({report.StageIndex}/{report.Stages}) {report.Stage}: epoch {epoch.Epoch}/{epoch.Epochs} loss {epoch.TrainLoss:F3}");
        if (epoch.ValidationLoss is { } validationLoss)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", held-out loss {validationLoss:F3}, accuracy {epoch.ValidationGestureAccuracy:P0}");
        }

        task.Description = Markup.Escape(text);
        task.Value = epoch.Epoch;
    }
}
