using System.Collections.Concurrent;
using System.Diagnostics;

namespace RoboMirror.Nodes.Tests.MultiHost;

/// <summary>
/// One <c>robomirror</c> command (the robomirror.dll built beside the tests, run by the same dotnet host) as a
/// process inside a network namespace (<c>ip netns exec</c>, which replaces itself with the command, so the
/// process is the command), with Cyclone DDS configured by the CYCLONEDDS_URI given here (never inherited).
/// Its output lines are collected with their arrival time; dispose kills its process tree.
/// </summary>
internal sealed class NamespacedCommand : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly string _label;

    private NamespacedCommand(string label, Process process, Action<string, DateTimeOffset>? onLine)
    {
        _label = label;
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                _lines.Enqueue(line);
                onLine?.Invoke(line, DateTimeOffset.UtcNow);
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                _lines.Enqueue("stderr: " + line);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The robomirror.dll built into the test output (the Nodes project is referenced).</summary>
    public static string RobomirrorDll => Path.Combine(AppContext.BaseDirectory, "robomirror.dll");

    /// <summary>The dotnet host running the tests, else dotnet from PATH.</summary>
    public static string DotNetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path
        : "dotnet";

    /// <summary>True while the process runs.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>Its output so far, the label first (for failure messages).</summary>
    public string Output => $"--- {_label}{(_process.HasExited ? $" (exited {_process.ExitCode})" : string.Empty)}:\n{string.Join('\n', _lines.TakeLast(40))}";

    /// <summary>Starts <c>robomirror ARGS</c> in <paramref name="netns"/>; <paramref name="onLine"/> sees each stdout line as it arrives.</summary>
    public static NamespacedCommand Start(string label, string netns, string ddsConfiguration, IEnumerable<string> arguments, Action<string, DateTimeOffset>? onLine = null)
    {
        var start = new ProcessStartInfo("ip") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "netns", "exec", netns, DotNetHost, RobomirrorDll }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CYCLONEDDS_URI"] = ddsConfiguration;
        start.Environment.Remove("ROS_DOMAIN_ID");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return new NamespacedCommand(label, Process.Start(start) ?? throw new InvalidOperationException($"{label} did not start."), onLine);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }

        _process.Dispose();
    }
}
