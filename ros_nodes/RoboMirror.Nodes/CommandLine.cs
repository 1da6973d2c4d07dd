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
