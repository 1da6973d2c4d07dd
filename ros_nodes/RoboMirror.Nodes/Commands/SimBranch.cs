using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>The session verbs: <c>sim</c> (a whole session), <c>report</c> (its figures again, from the recording) and <c>node</c> (one node as a process).</summary>
internal static class SimBranch
{
    public static void Add(IConfigurator config)
    {
        config.AddCommand<SimCommand>("sim")
            .WithDescription(
                "Runs a whole turn-taking session, closed loop, in one process without ROS or a GPU: a simulated partner "
                + "performs gestures (the Bütepage leaders', or synthetic ones when the recordings are absent), perception, "
                + "the mirror network, the turn controller and a simulated UR5e answer, and everything is recorded. Shows live "
                + "progress, ends with a summary table, and writes a run folder: session.mcap, turn_events.csv, summary.json, "
                + "timeline and gaps plots (PNG and SVG).")
            .WithExample("sim")
            .WithExample("sim", "--turns", "5", "--speed", "max", "--policy", "reactive", "--partner", "synthetic")
            .WithExample("sim", "--policy", "oracle", "--seed", "3", "--out", "runs/oracle-3")
            .WithExample("sim", "--duration", "60", "--speed", "1", "--transport", "dds");

        config.AddCommand<ReportCommand>("report")
            .WithDescription(
                "Regenerates a run folder's summary table, summary.json, turn_events.csv and plots from its session.mcap alone.")
            .WithExample("report", "runs/oracle-3");

        config.AddCommand<NodeCommand>("node")
            .WithDescription(
                "Runs one RoboMirror node as its own process on Cyclone DDS, as launch files start them (launch/sim.launch.xml): "
                + "simulated_partner, partner_perception, mirror, turn_controller, arm_driver, recorder or sim_clock. Parameters and "
                + "remapping come after --ros-args, as for any ROS 2 node.")
            .WithExample("node", "arm_driver", "--ros-args", "-p", "use_sim_time:=true")
            .WithExample("node", "turn_controller", "--ros-args", "-p", "policy:=oracle", "-r", "__node:=controller");
    }
}
