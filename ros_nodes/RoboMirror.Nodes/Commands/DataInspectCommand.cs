using System.ComponentModel;
using System.Text.Json;
using RoboMirror.Perception.Datasets;
using RoboMirror.Perception.Inspection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary><c>robomirror data inspect PATH</c>: what a recording holds and what Perception would reject or repair in it.</summary>
internal sealed class DataInspectCommand(IAnsiConsole console) : Command<DataInspectCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("The recording file: a Bütepage pair_P_rec_R_user_U.txt, an SBU skeleton_pos.txt, a UTKinect joints_sNN_eMM.txt or a plain CSV (docs/skeleton-plain-format.md).")]
        public string Path { get; init; } = string.Empty;

        [CommandOption("--json")]
        [Description("Writes the report as JSON instead of a table. Default: a table.")]
        public bool Json { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("The format, when detection from the file name and first line is not wanted: buetepage, sbu, utkinect or plain. Default: detected.")]
        public string? Format { get; init; }

        public override ValidationResult Validate() =>
            Format is null || RecordingFormats.TryParse(Format, out _)
                ? ValidationResult.Success()
                : ValidationResult.Error($"--format '{Format}' is not known; use one of: {string.Join(", ", RecordingFormats.Names)}.");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        RecordingFormat? format = RecordingFormats.TryParse(settings.Format, out var named) ? named : null;
        InspectionReport report;
        try
        {
            report = RecordingInspector.Inspect(settings.Path, format);
        }
        catch (Exception error) when (error is DatasetFormatException or IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]Cannot read the recording:[/] {error.Message}");
            return 1;
        }

        if (settings.Json)
        {
            console.WriteLine(JsonSerializer.Serialize(DataInspectJson.From(report), DataInspectJson.Options));
        }
        else
        {
            DataInspectTable.Write(console, report);
        }

        return 0;
    }
}
