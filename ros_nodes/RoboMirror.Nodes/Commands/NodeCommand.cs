using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using RoboMirror.Controller.Session;
using RoboMirror.Models.Inference;
using RoboMirror.Nodes.Nodes;
using RoboMirror.Nodes.Session;
using RoboMirror.Ros;
using RoboMirror.Ros.Transport;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// <c>robomirror node NAME [--ros-args …]</c>: one node as its own process on Cyclone DDS (what launch files
/// start). The node runs until Ctrl-C / SIGTERM. The recorder then finishes its file, and with
/// <c>-p turns:=N</c> it ends the process itself once N partner turns are scored, writing the run folder.
/// </summary>
internal sealed class NodeCommand(IAnsiConsole console) : Command<NodeCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("The node: simulated_partner, partner_perception, mirror, turn_controller, arm_driver, recorder or sim_clock.")]
        public string Name { get; init; } = string.Empty;

        [CommandOption("--transport <KIND>")]
        [Description("dds or inprocess. Default: dds.")]
        public string Transport { get; init; } = "dds";

        [CommandOption("--domain-id <ID>")]
        [Description("DDS domain. Default: $ROS_DOMAIN_ID, else 0.")]
        public int? DomainId { get; init; }

        [CommandOption("--ros-args")]
        [Description("Starts the ROS arguments (-p, -r, --params-file, --log-level, -e), as for any ROS 2 node.")]
        public bool RosArgs { get; init; }

        [CommandOption("-p|--param <NAME:=VALUE>")]
        [Description("A parameter value, after --ros-args; repeatable.")]
        public string[] Parameters { get; init; } = [];

        [CommandOption("-r|--remap <FROM:=TO>")]
        [Description("A remapping (also __node:=NAME, __ns:=/NS), after --ros-args; repeatable.")]
        public string[] Remaps { get; init; } = [];

        [CommandOption("--params-file <FILE>")]
        [Description("A ROS 2 parameter file, after --ros-args; repeatable.")]
        public string[] ParameterFiles { get; init; } = [];

        [CommandOption("--log-level <LEVEL>")]
        [Description("Accepted for ROS 2 compatibility; warnings and errors are always shown.")]
        public string? LogLevel { get; init; }

        [CommandOption("-e|--enclave <PATH>")]
        [Description("Accepted for ROS 2 compatibility (security enclaves are not used).")]
        public string? Enclave { get; init; }

        /// <summary>The ROS arguments in rcl's syntax.</summary>
        public List<string> RosArguments()
        {
            var args = new List<string> { "--ros-args" };
            foreach (var file in ParameterFiles)
            {
                args.AddRange(["--params-file", file]);
            }

            foreach (var p in Parameters)
            {
                args.AddRange(["-p", p]);
            }

            foreach (var r in Remaps)
            {
                args.AddRange(["-r", r]);
            }

            return args;
        }

        public override ValidationResult Validate() =>
            !NodeCatalog.Factories.ContainsKey(Name)
                ? ValidationResult.Error($"Unknown node '{Name}'; use one of: {string.Join(", ", NodeCatalog.Factories.Keys)}.")
                : TransportFactory.TryParseKind(Transport, out _) ? ValidationResult.Success() : ValidationResult.Error($"--transport is '{Transport}'; use dds or inprocess.");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var rosArgs = settings.RosArguments();
        TransportFactory.TryParseKind(settings.Transport, out var transport);
        using var logs = new ConsoleNodeLog(console);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            stop.Cancel();
        });
        try
        {
            using var ros = Ros2.Init(new RosContextOptions { Arguments = rosArgs, Transport = transport, DomainId = settings.DomainId, LoggerFactory = logs });
            using var node = ros.CreateNode(settings.Name);
            var instance = NodeCatalog.Factories[settings.Name](node);
            using (instance)
            {
                console.MarkupLineInterpolated($"[bold]{node.FullyQualifiedName}[/] running on {ros.TransportName}; Ctrl-C stops it.");
                Run(ros, node, instance, stop.Token);
            }

            return 0;
        }
        catch (Exception e) when (e is RosException or ModelFileException or SessionRecordingException or IOException or ArgumentException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static void Run(IRosContext ros, INode node, IDisposable instance, CancellationToken stop)
    {
        switch (instance)
        {
            case SimClockNode clock:
                RunClock(ros, node, clock, stop);
                break;
            case RecorderNode recorder:
                RunRecorder(ros, node, recorder, stop);
                break;
            default:
                ros.Spin(node, stop);
                break;
        }
    }

    /// <summary>The simulation's clock on its own: session time = wall time since start × speed, published every step_ms.</summary>
    private static void RunClock(IRosContext ros, INode node, SimClockNode clock, CancellationToken stop)
    {
        var speed = node.DeclareParameter("speed", 1.0);
        var step = TimeSpan.FromMilliseconds(node.DeclareParameter("step_ms", 2.0));
        var wall = Stopwatch.StartNew();
        while (!stop.IsCancellationRequested)
        {
            clock.Publish(wall.Elapsed * speed);
            ros.SpinOnce(node, step, stop);
        }
    }

    /// <summary>The recorder on its own: with turns &gt; 0 it stops once that many partner turns are scored, then writes the run folder.</summary>
    private static void RunRecorder(IRosContext ros, INode node, RecorderNode recorder, CancellationToken stop)
    {
        var turns = (int)node.DeclareParameter("turns", 0L);
        var truth = new List<Controller.Simulation.PartnerTurnRecord>();
        using var truthSubscription = node.CreateSubscription<Ros.Messages.StdMsgs.String>(SessionTopics.PartnerTruth, m => truth.Add(PartnerTruthJson.Read(m.Data)), SessionTopics.Truth);
        var start = SessionTime.Now(node);
        while (!stop.IsCancellationRequested)
        {
            ros.SpinOnce(node, TimeSpan.FromMilliseconds(50), stop);
            if (turns > 0 && truth.Count >= turns && SessionScoring.IsScorable(truth[turns - 1], SessionTime.Now(node)))
            {
                break;
            }
        }

        var info = new SessionInfo(recorder.Policy, recorder.Seed, recorder.PartnerSource, start, SessionTime.Now(node));
        recorder.Complete(SessionMetadata.Write(info, new Dictionary<string, string>(StringComparer.Ordinal) { ["transport"] = ros.TransportName, ["version"] = CommandLine.Version }));
        var folder = Path.GetDirectoryName(Path.GetFullPath(recorder.FilePath))!;
        if (Path.GetFileName(recorder.FilePath) == RunFolder.Recording)
        {
            RunFolder.Derive(folder);
        }
    }

    /// <summary>Writes the node's warnings and errors to the console.</summary>
    private sealed class ConsoleNodeLog(IAnsiConsole console) : ILoggerFactory, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (IsEnabled(logLevel))
            {
                console.WriteLine($"[{logLevel.ToString().ToLowerInvariant()}] {formatter(state, exception)}");
            }
        }

        public void Dispose()
        {
        }
    }
}
