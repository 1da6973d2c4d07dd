using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>Settings of <c>robomirror arm check</c>.</summary>
internal sealed class ArmCheckSettings : CommandSettings
{
    [CommandOption("--arm <KIND>")]
    [Description("Which arm: 'sim' (the simulated arm) or 'ur' (a Universal Robots e-Series arm). Default: sim.")]
    public string Arm { get; init; } = "sim";

    [CommandOption("--model <MODEL>")]
    [Description("The simulated arm's model: 'ur5e' or 'fr3'. A UR arm is always described as a UR5e. Default: ur5e.")]
    public string Model { get; init; } = "ur5e";

    [CommandOption("--host <HOST>")]
    [Description("The UR controller's address. Required with --arm ur.")]
    public string? Host { get; init; }

    [CommandOption("--rtde-port <PORT>")]
    [Description("The controller's RTDE port. Default: 30004.")]
    public int RtdePort { get; init; } = 30004;

    [CommandOption("--seconds <SECONDS>")]
    [Description("How long to measure the rate, in seconds. Default: 1.")]
    public double Seconds { get; init; } = 1.0;

    public override ValidationResult Validate()
    {
        if (Arm is not ("sim" or "ur"))
        {
            return ValidationResult.Error($"--arm is '{Arm}'; it must be 'sim' or 'ur'.");
        }

        if (Arm == "ur" && string.IsNullOrWhiteSpace(Host))
        {
            return ValidationResult.Error("--arm ur needs --host with the controller's address, e.g. --host 192.168.1.10.");
        }

        if (Model is not ("ur5e" or "fr3"))
        {
            return ValidationResult.Error($"--model is '{Model}'; it must be 'ur5e' or 'fr3'.");
        }

        if (RtdePort is < 1 or > 65535)
        {
            return ValidationResult.Error($"--rtde-port is {RtdePort}; it must be within 1-65535.");
        }

        return Seconds is > 0 and <= 60
            ? ValidationResult.Success()
            : ValidationResult.Error($"--seconds is {Seconds}; it must be within (0, 60].");
    }
}
