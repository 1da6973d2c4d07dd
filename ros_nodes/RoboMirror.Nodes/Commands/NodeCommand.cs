using System.ComponentModel;
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
        using var logs = new NodeLineLog(line => console.WriteLine(line));
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
            NodeHost.Run(
                ros,
                settings.Name,
                node => console.MarkupLineInterpolated($"[bold]{node.FullyQualifiedName}[/] running on {ros.TransportName}; Ctrl-C stops it."),
                stop.Token);
            return 0;
        }
        catch (Exception e) when (NodeHost.IsNodeError(e))
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
