using System.ComponentModel;
using System.Runtime.InteropServices;
using RoboMirror.Launch;
using RoboMirror.Launch.Resolution;
using RoboMirror.Launch.Running;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// <c>robomirror launch FILE [name:=value …]</c>: runs a ROS 2 XML launch file without ROS, or prints what it would
/// start (<c>--dry-run</c>). Everything is parsed and resolved first; on any problem nothing starts.
/// </summary>
internal sealed class LaunchCommand(IAnsiConsole console) : AsyncCommand<LaunchCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The launch file (.launch.xml).")]
        public string File { get; init; } = string.Empty;

        [CommandArgument(1, "[ARGUMENTS]")]
        [Description("Launch arguments as name:=value, as with ros2 launch.")]
        public string[] Arguments { get; init; } = [];

        [CommandOption("--dry-run")]
        [Description("Resolves the file and prints every process it would start, with its exact command line, and starts nothing. Default: off.")]
        public bool DryRun { get; init; }

        [CommandOption("-s|--show-args")]
        [Description("Prints the file's launch arguments with their values and descriptions, and starts nothing. Default: off.")]
        public bool ShowArguments { get; init; }

        [CommandOption("--package-map <FILE>")]
        [Description("A YAML file mapping more ROS packages to commands (see docs/launch.md). Default: only robomirror, and the packages of a sourced ROS 2 installation.")]
        public string? PackageMap { get; init; }

        [CommandOption("--noninteractive")]
        [Description("Sends SIGINT to the processes on Ctrl-C itself; use it when the launch does not run in a terminal's foreground. Default: off (the terminal's Ctrl-C already reaches them).")]
        public bool NonInteractive { get; init; }

        public override ValidationResult Validate()
        {
            var bad = Arguments.FirstOrDefault(a => a.IndexOf(":=", StringComparison.Ordinal) <= 0);
            return bad is null ? ValidationResult.Success() : ValidationResult.Error($"'{bad}' is not a launch argument; write name:=value");
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ResolvedLaunch launch;
        try
        {
            var packages = LaunchPackages.Create(settings.PackageMap);
            launch = LaunchInterpreter.Resolve(settings.File, LaunchInterpreter.ParseArguments(settings.Arguments), packages);
        }
        catch (LaunchFileException e)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            console.MarkupLine("Nothing was started.");
            return 1;
        }

        if (settings.ShowArguments)
        {
            foreach (var argument in launch.Arguments)
            {
                console.WriteLine($"'{argument.Name}': {argument.Description ?? "no description given"}");
                console.WriteLine($"    (value: '{argument.Value}')");
            }

            return 0;
        }

        if (settings.DryRun)
        {
            foreach (var line in LaunchPlanText.Lines(launch))
            {
                console.WriteLine(line);
            }

            return 0;
        }

        var unrunnable = launch.Unrunnable.ToList();
        if (unrunnable.Count > 0)
        {
            foreach (var plan in unrunnable)
            {
                console.MarkupLine($"[red]error:[/] {Markup.Escape($"{plan.Location}: [{plan.Label}] {plan.Problem}")}");
            }

            console.MarkupLine("Nothing was started. [grey](robomirror launch --dry-run shows the whole plan.)[/]");
            return 1;
        }

        return await RunAsync(launch, settings.NonInteractive, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> RunAsync(ResolvedLaunch launch, bool nonInteractive, CancellationToken cancellationToken)
    {
        using var output = LaunchConsoleOutput.Open(console);
        console.WriteLine($"[INFO] [launch]: All log files can be found below {output.LogDirectory}");
        using var supervisor = new LaunchSupervisor(output);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal =>
        {
            signal.Cancel = true;
            supervisor.Shutdown("interrupted (SIGINT)", childrenAlreadyInterrupted: !nonInteractive);
        });
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            supervisor.Shutdown("terminated (SIGTERM)");
        });
        var outcome = await supervisor.RunAsync(launch, cancellationToken).ConfigureAwait(false);
        console.WriteLine($"[INFO] [launch]: {outcome.EndReason}");
        foreach (var failed in outcome.Processes.Where(p => p.Failed))
        {
            console.WriteLine(failed.Started
                ? $"[ERROR] [launch]: {failed.Label} exited with code {failed.ExitCode}"
                : $"[ERROR] [launch]: {failed.Label} could not be started");
        }

        return outcome.ExitCode;
    }
}
