using RoboMirror.Launch.Resolution;

namespace RoboMirror.Launch.Running;

/// <summary>
/// Runs a resolved launch as ros2 launch does: every process at once, each output line prefixed with the process's
/// label, respawn after <c>respawn_delay</c>, and a clean shutdown when asked (Ctrl-C, <see cref="Shutdown"/>) or when
/// a process with <c>on_exit="shutdown"</c> ends: SIGINT, then SIGTERM after <c>sigterm_timeout</c>, then SIGKILL after
/// <c>sigkill_timeout</c>. The launch ends when every process has ended.
/// </summary>
public sealed class LaunchSupervisor : IDisposable
{
    private readonly ILaunchOutput _output;
    private readonly TimeProvider _time;
    private readonly IInProcessNodeRunner? _inProcess;
    private readonly CancellationTokenSource _shutdown = new();
    private readonly Lock _lock = new();
    private string? _endReason;

    public LaunchSupervisor(ILaunchOutput output, TimeProvider? time = null, IInProcessNodeRunner? inProcess = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _time = time ?? TimeProvider.System;
        _inProcess = inProcess;
    }

    /// <summary>
    /// True when the shutdown was an interactive Ctrl-C: the terminal already sent SIGINT to every process of the
    /// foreground group, children included, so the supervisor does not send a second one (ros2 launch does the same).
    /// </summary>
    internal bool ChildrenAlreadyInterrupted { get; private set; }

    internal CancellationToken ShutdownToken => _shutdown.Token;

    internal TimeProvider Time => _time;

    /// <summary>Starts the launch's processes and completes when all have ended.</summary>
    public async Task<LaunchOutcome> RunAsync(ResolvedLaunch launch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(launch);
        var unrunnable = launch.Unrunnable.ToList();
        if (unrunnable.Count > 0)
        {
            throw new ArgumentException(
                "the launch has processes that cannot run here: " + string.Join("; ", unrunnable.Select(p => $"{p.Label}: {p.Problem}")), nameof(launch));
        }

        foreach (var message in launch.Messages)
        {
            Info("launch", message);
        }

        await using var registration = cancellationToken.Register(() => Shutdown("the launch was cancelled"));
        var runs = launch.Processes.Select(plan => _inProcess is not null && plan.Node is { } node && _inProcess.CanRun(node)
            ? new InProcessRun(plan, this, _inProcess).RunAsync()
            : new ChildProcessRun(plan, this).RunAsync()).ToList();
        var outcomes = await Task.WhenAll(runs).ConfigureAwait(false);
        lock (_lock)
        {
            _endReason ??= "all processes have ended";
        }

        return new LaunchOutcome(outcomes, _endReason);
    }

    /// <summary>
    /// Stops every process. <paramref name="childrenAlreadyInterrupted"/>: the SIGINT came from the terminal and
    /// reached the children too.
    /// </summary>
    public void Shutdown(string reason, bool childrenAlreadyInterrupted = false)
    {
        lock (_lock)
        {
            if (_endReason is not null)
            {
                return;
            }

            _endReason = reason;
            ChildrenAlreadyInterrupted = childrenAlreadyInterrupted;
        }

        Info("launch", $"shutting down: {reason}");
        _shutdown.Cancel();
    }

    public void Dispose() => _shutdown.Dispose();

    /// <summary>A line of a process's output, routed by its output mode.</summary>
    internal void ProcessLine(ProcessPlan plan, string line, bool isStderr)
    {
        var prefixed = $"[{plan.Label}] {line}";
        var toScreen = plan.Output is OutputMode.Screen or OutputMode.Both or OutputMode.Full || (plan.Output == OutputMode.Log && isStderr);
        var toLog = plan.Output is not OutputMode.Screen;
        lock (_lock)
        {
            if (toScreen)
            {
                _output.WriteScreen(prefixed);
            }

            if (toLog)
            {
                _output.WriteLog(prefixed);
            }
        }
    }

    internal void Info(string label, string message) => Write($"[INFO] [{label}]: {message}");

    internal void Error(string label, string message) => Write($"[ERROR] [{label}]: {message}");

    private void Write(string line)
    {
        lock (_lock)
        {
            _output.WriteScreen(line);
            _output.WriteLog(line);
        }
    }
}
