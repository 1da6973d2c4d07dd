using System.ComponentModel;
using System.Text.Json;
using RoboMirror.Nodes.Doctor;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary><c>robomirror doctor</c>: what this machine has and lacks, and how to install what is missing.</summary>
internal sealed class DoctorCommand(IAnsiConsole console) : Command<DoctorCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--json")]
        [Description("Writes the findings as JSON instead of a table. Default: a table.")]
        public bool Json { get; init; }

        [CommandOption("--strict")]
        [Description("Exits with 1 when any capability is missing, not only an essential one. Default: off.")]
        public bool Strict { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var findings = MachineChecks.All().Select(check => check.Run()).ToList();
        if (settings.Json)
        {
            console.WriteLine(JsonSerializer.Serialize(findings.Select(FindingJson.From), FindingJson.Options));
        }
        else
        {
            FindingTable.Write(console, findings);
        }

        var essentialMissing = findings.Any(f => f.Essential && f.Status == FindingStatus.Missing);
        var anyMissing = findings.Any(f => f.Status == FindingStatus.Missing);
        return essentialMissing || (settings.Strict && anyMissing) ? 1 : 0;
    }
}
