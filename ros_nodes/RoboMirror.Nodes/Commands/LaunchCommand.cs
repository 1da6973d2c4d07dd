using System.ComponentModel;
using System.Runtime.InteropServices;
using RoboMirror.Launch;
using RoboMirror.Launch.Resolution;
using RoboMirror.Launch.Running;
using RoboMirror.Ros.Transport;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// <c>robomirror launch FILE [name:=value …]</c>: runs a ROS 2 XML launch file without ROS, or prints what it would
/// start (<c>--dry-run</c>). Everything is parsed and resolved first; on any problem nothing starts. With
/// <c>--in-process</c>, RoboMirror's own nodes run inside this process (<see cref="InProcessNodeRunner"/>).
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

        [CommandOption("--in-process")]
        [Description("Runs RoboMirror's own nodes inside this process, each with its own context on one shared transport; other packages' processes still start as child processes. Default: off (each node is its own process on Cyclone DDS).")]
        public bool InProcess { get; init; }

        [CommandOption("--transport <KIND>")]
        [Description("The transport the nodes inside this process share: inprocess or dds; only with --in-process. Default: inprocess when every process of the launch runs in this process, else dds (so that the child processes reach them).")]
        public string? Transport { get; init; }

        [CommandOption("--noninteractive")]
        [Description("Sends SIGINT to the processes on Ctrl-C itself; use it when the launch does not run in a terminal's foreground. Default: off (the terminal's Ctrl-C already reaches them).")]
        public bool NonInteractive { get; init; }

        public override ValidationResult Validate()
        {
            var bad = Arguments.FirstOrDefault(a => a.IndexOf(":=", StringComparison.Ordinal) <= 0);
            if (bad is not null)
            {
                return ValidationResult.Error($"'{bad}' is not a launch argument; write name:=value");
            }

            if (Transport is not null && !InProcess)
            {
                return ValidationResult.Error($"--transport is '{Transport}' without --in-process; it chooses the transport of the nodes inside this process, so add --in-process (without it every node is its own process on Cyclone DDS).");
            }

            return Transport is null || TransportFactory.TryParseKind(Transport, out _)
                ? ValidationResult.Success()
                : ValidationResult.Error($"--transport is '{Transport}'; use inprocess or dds.");
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

        var inProcess = settings.InProcess ? InProcessChoice.Make(launch, settings.Transport) : null;
        if (settings.DryRun)
        {
            foreach (var line in LaunchPlanText.Lines(launch))
            {
                console.WriteLine(inProcess?.Mark(line) ?? line);
            }

            if (inProcess is not null)
            {
                console.WriteLine($"in this process ({inProcess.Labels.Count}): {(inProcess.Labels.Count == 0 ? "none" : string.Join(", ", inProcess.Labels))}");
                console.WriteLine($"{(inProcess.IsWarning ? "warning" : "transport")}: {inProcess.Explanation}");
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

        return await RunAsync(launch, inProcess, settings.NonInteractive, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> RunAsync(ResolvedLaunch launch, InProcessChoice? inProcess, bool nonInteractive, CancellationToken cancellationToken)
    {
        using var consoleOutput = LaunchConsoleOutput.Open(console);
        console.WriteLine($"[INFO] [launch]: All log files can be found below {consoleOutput.LogDirectory}");
        var output = new LockedOutput(consoleOutput);
        using var transportLog = new NodeLineLog(line => output.WriteBoth($"[transport] {line}"));
        using var runner = inProcess is null ? null : new InProcessNodeRunner(inProcess.Transport, transportLog);
        if (inProcess is not null)
        {
            output.WriteBoth($"[{(inProcess.IsWarning ? "WARNING" : "INFO")}] [launch]: {inProcess.Explanation}");
        }

        using var supervisor = new LaunchSupervisor(output, inProcess: runner);
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

    /// <summary>
    /// With <c>--in-process</c>: which processes run in this process, on which shared transport, and why that one
    /// (<paramref name="IsWarning"/>: the in-process transport was asked for although child processes must reach them).
    /// </summary>
    private sealed record InProcessChoice(TransportKind Transport, IReadOnlyList<string> Labels, string Explanation, bool IsWarning)
    {
        public static InProcessChoice Make(ResolvedLaunch launch, string? requested)
        {
            var inside = launch.Processes.Where(p => p.Node is { } node && InProcessNodeRunner.Accepts(node)).Select(p => p.Label).ToList();
            var children = launch.Processes.Select(p => p.Label).Except(inside, StringComparer.Ordinal).ToList();
            var childText = children.Count == 1
                ? $"1 process of the launch runs as a child process ({children[0]})"
                : $"{children.Count} processes of the launch run as child processes ({string.Join(", ", children)})";
            if (inside.Count == 0)
            {
                return new(TransportKind.Dds, inside, $"--in-process changes nothing: no process of the launch is a RoboMirror node ({childText})", IsWarning: true);
            }

            if (requested is not null)
            {
                TransportFactory.TryParseKind(requested, out var kind);
                return kind == TransportKind.InProcess && children.Count > 0
                    ? new(kind, inside, $"the nodes in this process share the inprocess transport (--transport {requested}), so the {childText} cannot talk to them; use --transport dds for that", IsWarning: true)
                    : new(kind, inside, $"the nodes in this process share the {Name(kind)} transport (--transport {requested})", IsWarning: false);
            }

            return children.Count == 0
                ? new(TransportKind.InProcess, inside, "the nodes in this process share the inprocess transport: every process of the launch runs in this process (--transport dds puts them on Cyclone DDS)", IsWarning: false)
                : new(TransportKind.Dds, inside, $"the nodes in this process share one Cyclone DDS participant per ROS domain (dds transport): the {childText} and reach them over DDS only", IsWarning: false);
        }

        /// <summary>A <c>--dry-run</c> line, with " (in this process)" after the heading of each process run here.</summary>
        public string Mark(string line) =>
            line.StartsWith("  [", StringComparison.Ordinal) && Labels.Any(label => line.StartsWith($"  [{label}] ", StringComparison.Ordinal))
                ? line + " (in this process)"
                : line;

        private static string Name(TransportKind kind) => kind == TransportKind.Dds ? "dds" : "inprocess";
    }

    /// <summary>
    /// The launch's output for the supervisor and the shared transports' log lines: <see cref="LaunchConsoleOutput"/>
    /// is not thread-safe, and the transports log on their own threads.
    /// </summary>
    private sealed class LockedOutput(LaunchConsoleOutput inner) : ILaunchOutput
    {
        private readonly Lock _gate = new();

        public void WriteScreen(string line)
        {
            lock (_gate)
            {
                inner.WriteScreen(line);
            }
        }

        public void WriteLog(string line)
        {
            lock (_gate)
            {
                inner.WriteLog(line);
            }
        }

        public void WriteBoth(string line)
        {
            lock (_gate)
            {
                inner.WriteScreen(line);
                inner.WriteLog(line);
            }
        }
    }
}
