using System.ComponentModel;
using System.Globalization;
using RoboMirror.Nodes.Session;
using RoboMirror.Ros.Transport;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>Options of <c>robomirror sim</c>.</summary>
internal sealed class SimSettings : CommandSettings
{
    [CommandOption("--turns <N>")]
    [Description("Runs until N partner turns have been scored (their 2 s answer window closed). Default: 10.")]
    public int Turns { get; init; } = 10;

    [CommandOption("--duration <SECONDS>")]
    [Description("Runs for this many seconds of session time instead of a number of turns. Default: unset.")]
    public double? Duration { get; init; }

    [CommandOption("--policy <POLICY>")]
    [Description("Timing policy: mirror (needs the trained model models/mirror-observation.onnx), reactive or oracle (answer after the partner's gesture); mirror-joint or reactive-joint (join it while under way). Default: reactive.")]
    public string Policy { get; init; } = "reactive";

    [CommandOption("--seed <SEED>")]
    [Description("Seed of the simulated partner and of the synthetic gestures; the same seed gives the same session. Default: 1.")]
    public int Seed { get; init; } = 1;

    [CommandOption("--partner <SOURCE>")]
    [Description("Where the partner's gestures come from: recordings (the Bütepage leaders; synthetic when they are absent, with a note) or synthetic. Default: recordings.")]
    public string Partner { get; init; } = "recordings";

    [CommandOption("--speed <SPEED>")]
    [Description("Session seconds per wall second (1 = real time), or max for as fast as possible. Default: max.")]
    public string Speed { get; init; } = "max";

    [CommandOption("--out <DIR>")]
    [Description("The run folder to write (created; an existing session.mcap is never overwritten). Default: runs/<UTC timestamp>.")]
    public string? Out { get; init; }

    [CommandOption("--transport <KIND>")]
    [Description("inprocess, or dds to put every node on Cyclone DDS (ROS tools on the same domain see the session). Default: inprocess.")]
    public string Transport { get; init; } = "inprocess";

    [CommandOption("--domain-id <ID>")]
    [Description("DDS domain with --transport dds. Default: $ROS_DOMAIN_ID, else 0.")]
    public int? DomainId { get; init; }

    [CommandOption("--model <FILE>")]
    [Description("The observation model for the mirror node. Default: models/mirror-observation.onnx in this folder or one above.")]
    public string? Model { get; init; }

    [CommandOption("--data <DIR>")]
    [Description("The recordings folder (holding buetepage_hh_kinect). Default: $ROBOMIRROR_DATA, else a shared/data folder above this one.")]
    public string? Data { get; init; }

    [CommandOption("-p|--param <NODE:NAME:=VALUE>")]
    [Description("A node parameter, e.g. -p turn_controller:resume_grace_ms:=1200 (docs/sim.md lists each node's); repeatable. Default: none.")]
    public string[] Parameters { get; init; } = [];

    public override ValidationResult Validate()
    {
        try
        {
            ToOptions(DateTimeOffset.UnixEpoch);
            return ValidationResult.Success();
        }
        catch (ArgumentException e)
        {
            return ValidationResult.Error(e.Message);
        }
    }

    /// <summary>The session's options; throws <see cref="ArgumentException"/> naming every bad setting.</summary>
    public SimOptions ToOptions(DateTimeOffset now)
    {
        double? speed = null;
        if (!string.Equals(Speed, "max", StringComparison.OrdinalIgnoreCase))
        {
            speed = double.TryParse(Speed, NumberStyles.Float, CultureInfo.InvariantCulture, out var s)
                ? s
                : throw new ArgumentException($"--speed is '{Speed}'; give a positive number (1 = real time) or max.");
        }

        if (!TransportFactory.TryParseKind(Transport, out var transport))
        {
            throw new ArgumentException($"--transport is '{Transport}'; use inprocess or dds.");
        }

        return new SimOptions
        {
            Turns = Turns,
            Duration = Duration is { } d ? TimeSpan.FromSeconds(d) : null,
            Policy = Policy,
            Seed = Seed,
            Partner = Partner,
            Speed = speed,
            OutputFolder = Out ?? RunFolder.Default(now),
            Transport = transport,
            DomainId = DomainId,
            ModelPath = Model,
            DataFolder = Data,
            Parameters = Parameters,
        }.Validate();
    }
}
