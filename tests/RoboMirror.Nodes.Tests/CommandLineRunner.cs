using Spectre.Console.Testing;

namespace RoboMirror.Nodes.Tests;

/// <summary>Runs the <c>robomirror</c> command line in-process on a test console.</summary>
internal static class CommandLineRunner
{
    /// <summary>The exit code and everything written to the console (<paramref name="width"/> columns wide, so lines do not wrap mid-word in asserts).</summary>
    public static (int Exit, string Output) Run(int width, params string[] args)
    {
        var console = new TestConsole().Width(width);
        var exit = CommandLine.Build(console).Run(args);
        return (exit, console.Output);
    }
}
