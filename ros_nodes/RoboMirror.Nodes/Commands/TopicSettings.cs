using System.ComponentModel;
using RoboMirror.Ros.Transport;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>Options every <c>topic</c> verb takes.</summary>
internal class TopicSettings : CommandSettings
{
    [CommandOption("--transport <KIND>")]
    [Description("dds (Cyclone DDS, to see a running study and any ROS 2 node on the domain) or inprocess (only this process; for tests). Default: dds.")]
    public string Transport { get; init; } = "dds";

    [CommandOption("--domain-id <ID>")]
    [Description("DDS domain to join. Default: ROS_DOMAIN_ID, else 0.")]
    public int? DomainId { get; init; }

    [CommandOption("-s|--spin-time <SECONDS>")]
    [Description("How long to let DDS discovery run before reading the graph. Default: 1.0.")]
    public double SpinTime { get; init; } = 1.0;

    public TransportKind TransportKind => TransportFactory.TryParseKind(Transport, out var kind) ? kind : TransportKind.Dds;

    public override ValidationResult Validate()
    {
        if (!TransportFactory.TryParseKind(Transport, out _))
        {
            return ValidationResult.Error($"--transport '{Transport}' is not known; use dds or inprocess");
        }

        return SpinTime < 0 ? ValidationResult.Error($"--spin-time {SpinTime} must not be negative") : ValidationResult.Success();
    }
}
