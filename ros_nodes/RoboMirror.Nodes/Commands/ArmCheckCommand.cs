using System.Globalization;
using RoboMirror.Hardware.Arms;
using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Resilience;
using RoboMirror.Hardware.Simulation;
using RoboMirror.Hardware.UniversalRobots;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// <c>robomirror arm check</c>: connects (configure only: nothing moves), reads the arm's status and joint
/// state, measures the rate its cycle sustains, and says whether it is ready for a session.
/// </summary>
internal sealed class ArmCheckCommand(IAnsiConsole console) : Command<ArmCheckSettings>
{
    /// <summary>The share of the nominal rate below which the arm is not ready.</summary>
    private const double MinimumRateShare = 0.9;

    public override int Execute(CommandContext context, ArmCheckSettings settings, CancellationToken cancellationToken) =>
        RunAsync(settings, cancellationToken).GetAwaiter().GetResult();

    private async Task<int> RunAsync(ArmCheckSettings settings, CancellationToken cancellationToken)
    {
        var arm = Create(settings);
        await using (arm.ConfigureAwait(false))
        {
            try
            {
                await arm.ConfigureAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (ArmConnectionException e)
            {
                return Fail(e.Message);
            }

            var before = arm.Statistics;
            await Task.Delay(TimeSpan.FromSeconds(settings.Seconds), cancellationToken).ConfigureAwait(false);
            var after = arm.Statistics;
            var cycles = after.Cycles - before.Cycles;
            var armSeconds = (after.ArmTime - before.ArmTime).TotalSeconds;
            var misses = after.DeadlineMisses - before.DeadlineMisses;
            var rate = armSeconds > 0 ? cycles / armSeconds : 0;
            var status = arm.ReadStatus();
            var state = new JointState(arm.Description.JointCount);
            arm.ReadState(state);

            Write(arm, settings, status, state, rate, cycles, misses);
            if (!status.Ready)
            {
                return Fail(status.Reason);
            }

            if (cycles == 0 || rate < MinimumRateShare * arm.Description.ControlRateHz)
            {
                return Fail(string.Create(CultureInfo.InvariantCulture, $"the arm sustains {rate:F1} Hz; it needs at least {MinimumRateShare * arm.Description.ControlRateHz:F0} Hz ({arm.Description.ControlRateHz:F0} Hz nominal). Check the network link (a direct cable) and the controller's load."));
            }

            console.MarkupLine("[green]ready[/]");
            return 0;
        }
    }

    private static IArm Create(ArmCheckSettings settings) => settings.Arm == "ur"
        ? new UrArm(
            ArmModels.Ur5e,
            new UrArmOptions
            {
                Host = settings.Host!,
                RtdePort = settings.RtdePort,
                Resilience = new ResilienceOptions { MaxConnectRetries = 2 },
            },
            TimeProvider.System)
        : new SimulatedArm(ArmModels.ByName[settings.Model], TimeProvider.System);

    private void Write(IArm arm, ArmCheckSettings settings, ArmStatus status, JointState state, double rate, long cycles, long misses)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumn("item").AddColumn("value");
        table.AddRow("arm", Markup.Escape(settings.Arm == "ur" ? $"{arm.Description.Model} at {settings.Host}:{settings.RtdePort}" : $"simulated {arm.Description.Model}"));
        table.AddRow("robot mode", Markup.Escape(status.RobotMode));
        table.AddRow("safety", Markup.Escape(status.SafetyMode));
        for (var j = 0; j < arm.Description.JointCount; j++)
        {
            table.AddRow(Markup.Escape(arm.Description.Joints[j].Name), string.Create(c, $"{state.Positions[j]:F4} rad"));
        }

        table.AddRow("rate", string.Create(c, $"{rate:F1} Hz ({cycles} cycles, nominal {arm.Description.ControlRateHz:F0} Hz)"));
        table.AddRow("deadline misses", string.Create(c, $"{misses} ({(cycles == 0 ? 0 : 100.0 * misses / cycles):F2} %)"));
        console.Write(table);
    }

    private int Fail(string reason)
    {
        console.MarkupLine($"[red]not ready:[/] {Markup.Escape(reason)}");
        return 1;
    }
}
