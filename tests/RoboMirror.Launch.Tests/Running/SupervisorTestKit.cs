using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using RoboMirror.Launch.Resolution;
using RoboMirror.Launch.Running;

namespace RoboMirror.Launch.Tests.Running;

/// <summary>Collects what a running launch writes to the screen and to the log.</summary>
internal sealed partial class RecordingOutput : ILaunchOutput
{
    private readonly List<string> _screen = [];
    private readonly List<string> _log = [];

    public IReadOnlyList<string> Screen
    {
        get
        {
            lock (_screen)
            {
                return [.. _screen];
            }
        }
    }

    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_screen)
            {
                return [.. _log];
            }
        }
    }

    public void WriteScreen(string line)
    {
        lock (_screen)
        {
            _screen.Add(line);
        }
    }

    public void WriteLog(string line)
    {
        lock (_screen)
        {
            _log.Add(line);
        }
    }

    /// <summary>The pids the supervisor reported starting.</summary>
    public IEnumerable<int> StartedPids => Log.Select(l => StartedPattern().Match(l)).Where(m => m.Success)
        .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    /// <summary>Waits (at most <paramref name="timeout"/>) until a screen or log line contains <paramref name="text"/>.</summary>
    public async Task WaitForAsync(string text, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (!Log.Concat(Screen).Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            await Task.Delay(20, cancel.Token);
        }
    }

    [GeneratedRegex(@"process started with pid \[(\d+)\]")]
    private static partial Regex StartedPattern();
}

internal static class Plans
{
    /// <summary>A plan for an executable with the current environment and short shutdown timeouts.</summary>
    public static ProcessPlan Executable(string label, params string[] command) => new()
    {
        Label = label,
        Kind = ProcessKind.Executable,
        Command = command,
        Environment = CurrentEnvironment(),
        EnvironmentChanges = new Dictionary<string, string?>(),
        Output = OutputMode.Screen,
        SigtermTimeout = TimeSpan.FromSeconds(2),
        SigkillTimeout = TimeSpan.FromSeconds(2),
        Location = new SourceLocation("test.launch.xml", 1, 1),
    };

    public static ResolvedLaunch Launch(params ProcessPlan[] plans) => new("test.launch.xml", plans, [], []);

    /// <summary>True when no process with <paramref name="pid"/> exists any more (not even as a zombie).</summary>
    public static bool IsGone(int pid) => !Directory.Exists($"/proc/{pid}");

    private static Dictionary<string, string> CurrentEnvironment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        return environment;
    }
}
