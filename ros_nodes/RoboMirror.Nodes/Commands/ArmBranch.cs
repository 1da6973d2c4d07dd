using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>The <c>arm</c> verbs: what a lab runs against its arm before a session.</summary>
internal static class ArmBranch
{
    /// <summary>Adds <c>arm</c> to <paramref name="config"/>.</summary>
    public static void Add(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddBranch("arm", arm =>
        {
            arm.SetDescription("Checks a robot arm: the simulated one or a Universal Robots arm over RTDE.");
            arm.AddCommand<ArmCheckCommand>("check")
                .WithDescription(
                    "Connects to the arm without moving it and prints its mode, safety state, joint positions and the "
                    + "state/command rate it sustains; exits with 1 and the reason when the arm is not ready for a session.")
                .WithExample("arm", "check", "--arm", "sim")
                .WithExample("arm", "check", "--arm", "ur", "--host", "192.168.1.10");
        });
    }
}
