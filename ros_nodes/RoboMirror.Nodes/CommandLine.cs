using System.Reflection;
using RoboMirror.Nodes.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes;

/// <summary>The map of the <c>robomirror</c> verbs. Each verb has its own file under Commands/.</summary>
public static class CommandLine
{
    /// <summary>Builds the command application; <paramref name="console"/> lets tests read what a user sees.</summary>
    public static CommandApp Build(IAnsiConsole? console = null)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("robomirror");
            config.SetApplicationVersion(Version);
            config.ValidateExamples();
            if (console is not null)
            {
                config.ConfigureConsole(console);
            }

            config.AddCommand<DoctorCommand>("doctor")
                .WithDescription(
                    "Tells what this machine has and lacks for each RoboMirror capability (Cyclone DDS, "
                    + "ONNX Runtime execution providers, GPU, the real recordings), and for each missing "
                    + "piece the exact command that installs it.")
                .WithExample("doctor")
                .WithExample("doctor", "--json");

            config.AddCommand<LaunchCommand>("launch")
                .WithDescription(
                    "Runs a ROS 2 XML launch file without ROS: every node and executable as its own process (RoboMirror's nodes "
                    + "inside this one with --in-process), output "
                    + "prefixed with its name, respawn and on_exit=\"shutdown\" honoured, a clean shutdown on Ctrl-C. "
                    + "The whole file is parsed and resolved first; on any problem nothing starts.")
                .WithExample("launch", "launch/gazebo.launch.xml", "--dry-run", "robot:=fr3")
                .WithExample("launch", "launch/gazebo.launch.xml", "--show-args")
                .WithExample("launch", "launch/sim.launch.xml", "--in-process", "turns:=5", "speed:=4");

            TopicBranch.Add(config);
            ArmBranch.Add(config);
            DataBranch.Add(config);
            SimBranch.Add(config);

            config.AddCommand<TrainCommand>("train")
                .WithDescription(
                    "Trains the mirror network from the Bütepage recordings: leave-one-pair-out evaluation, then the "
                    + "final model on every pair, written as models/mirror-observation.onnx and mirror-execution.onnx "
                    + "with a JSON model card (data, settings, seed, commit, figures). Loads libtorch; about 3 minutes "
                    + "on 2 idle cores.")
                .WithExample("train")
                .WithExample("train", "--seed", "2", "--epochs", "10", "--output", "runs/model");
            config.AddCommand<EvalCommand>("eval")
                .WithDescription(
                    "Computes the mirror metrics leave-one-pair-out (a network trained on three pairs, evaluated on "
                    + "the fourth), each beside its baseline; with --out, replays every labelled interaction of --data through "
                    + "perception, the mirror network, the controller and the simulated arm for each policy and writes a report.")
                .WithExample("eval")
                .WithExample("eval", "--json", "--seed", "2")
                .WithExample("eval", "--data", "../shared/data/buetepage_hh_kinect", "--out", "runs/eval", "--policies", "mirror,reactive,oracle")
                .WithExample("eval", "--data", "../shared/data/buetepage_hh_kinect", "--leave-one-pair-out", "--out", "runs/eval-lopo");
        });
        return app;
    }

    /// <summary>The product version with the commit it was built from, e.g. <c>0.1.0+3f2a9c1</c>.</summary>
    public static string Version
    {
        get
        {
            var assembly = typeof(CommandLine).Assembly;
            var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            return informational ?? assembly.GetName().Version?.ToString() ?? "unknown";
        }
    }
}
