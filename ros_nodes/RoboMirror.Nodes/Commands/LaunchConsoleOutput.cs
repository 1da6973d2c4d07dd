using System.Globalization;
using RoboMirror.Launch.Running;
using Spectre.Console;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// The launch's terminal and log: lines to the console, and a <c>launch.log</c> in a new folder under the ROS log
/// directory (<c>$ROS_LOG_DIR</c>, else <c>$ROS_HOME/log</c>, else <c>~/.ros/log</c>), named as ros2 launch names it.
/// </summary>
internal sealed class LaunchConsoleOutput : ILaunchOutput, IDisposable
{
    private readonly IAnsiConsole _console;
    private readonly StreamWriter _log;

    private LaunchConsoleOutput(IAnsiConsole console, string logDirectory)
    {
        _console = console;
        LogDirectory = logDirectory;
        Directory.CreateDirectory(logDirectory);
        _log = new StreamWriter(Path.Combine(logDirectory, "launch.log")) { AutoFlush = true };
    }

    public string LogDirectory { get; }

    public static LaunchConsoleOutput Open(IAnsiConsole console)
    {
        var root = Environment.GetEnvironmentVariable("ROS_LOG_DIR") is { Length: > 0 } logDir
            ? logDir
            : Path.Combine(
                Environment.GetEnvironmentVariable("ROS_HOME") is { Length: > 0 } rosHome
                    ? rosHome
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".ros"),
                "log");
        var name = string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.Now:yyyy-MM-dd-HH-mm-ss-ffffff}-{Environment.MachineName}-{Environment.ProcessId}");
        return new LaunchConsoleOutput(console, Path.Combine(root, name));
    }

    public void WriteScreen(string line) => _console.WriteLine(line);

    public void WriteLog(string line) => _log.WriteLine(line);

    public void Dispose() => _log.Dispose();
}
