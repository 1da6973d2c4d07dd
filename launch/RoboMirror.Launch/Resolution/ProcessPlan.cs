namespace RoboMirror.Launch.Resolution;

/// <summary>Whether a process came from <c>&lt;node&gt;</c> or <c>&lt;executable&gt;</c>.</summary>
public enum ProcessKind
{
    Node,
    Executable,
}

/// <summary>What a <c>&lt;node&gt;</c> asked for, evaluated: the in-process runner decides from this.</summary>
/// <param name="Package">The <c>pkg</c> attribute, or null for a node run by path.</param>
/// <param name="Executable">The <c>exec</c> attribute.</param>
/// <param name="Name">The <c>name</c> attribute (passed as <c>-r __node:=name</c>), or null.</param>
/// <param name="Namespace">The absolute namespace passed as <c>-r __ns:=…</c>, or null when none was set.</param>
/// <param name="Arguments">Everything after the executable: <c>args</c>, then <c>--ros-args …</c>.</param>
public sealed record NodeDescription(string? Package, string Executable, string? Name, string? Namespace, IReadOnlyList<string> Arguments);

/// <summary>
/// One process the launch will start, fully resolved: the exact command line, environment and supervision settings.
/// </summary>
public sealed record ProcessPlan
{
    /// <summary>The output prefix, as ros2 launch forms it: exec_name or the executable's name, then <c>-N</c>.</summary>
    public required string Label { get; init; }

    public required ProcessKind Kind { get; init; }

    /// <summary>The command line (launch-prefix included); empty when <see cref="Problem"/> says why it cannot run here.</summary>
    public required IReadOnlyList<string> Command { get; init; }

    /// <summary>Run through <c>/bin/sh -c</c> with the command joined by spaces (<c>shell="true"</c>).</summary>
    public bool Shell { get; init; }

    public string? WorkingDirectory { get; init; }

    /// <summary>The full environment the process gets.</summary>
    public required IReadOnlyDictionary<string, string> Environment { get; init; }

    /// <summary>What differs from the environment the launch started with (null value: removed).</summary>
    public required IReadOnlyDictionary<string, string?> EnvironmentChanges { get; init; }

    public OutputMode Output { get; init; } = OutputMode.Log;

    public bool Respawn { get; init; }

    public TimeSpan RespawnDelay { get; init; }

    /// <summary>How many times to respawn; negative means without limit (the ROS 2 default).</summary>
    public int RespawnMaxRetries { get; init; } = -1;

    /// <summary><c>on_exit="shutdown"</c>: when this process exits, the whole launch shuts down.</summary>
    public bool ShutdownOnExit { get; init; }

    /// <summary>After SIGINT, how long to wait before SIGTERM (ROS 2 default 5 s).</summary>
    public TimeSpan SigtermTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>After SIGTERM, how long to wait before SIGKILL (ROS 2 default 5 s).</summary>
    public TimeSpan SigkillTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public NodeDescription? Node { get; init; }

    /// <summary>Why this process cannot be started here (e.g. a package that is not mapped); null when it can.</summary>
    public string? Problem { get; init; }

    public required SourceLocation Location { get; init; }
}
