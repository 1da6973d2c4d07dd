using RoboMirror.Launch.Resolution;

namespace RoboMirror.Launch.Running;

/// <summary>
/// Runs some nodes inside the launching process instead of as child processes (RoboMirror's own nodes on the
/// in-process transport). The supervisor asks <see cref="CanRun"/> for each node; for those it accepts it calls
/// <see cref="RunAsync"/> instead of starting a process, and applies the same output prefix, respawn and shutdown
/// rules. Shutdown is a cancellation of the token; a runner that ignores it for longer than the process's
/// SIGINT and SIGTERM timeouts together is reported and abandoned.
/// </summary>
public interface IInProcessNodeRunner
{
    /// <summary>Whether this runner runs <paramref name="node"/> (its package, executable and ROS arguments).</summary>
    bool CanRun(NodeDescription node);

    /// <summary>
    /// Runs the node until it ends or <paramref name="shutdown"/> is cancelled; returns its exit code (0 when it
    /// stopped cleanly). <paramref name="writeLine"/> takes each line of its output.
    /// </summary>
    Task<int> RunAsync(ProcessPlan plan, Action<string> writeLine, CancellationToken shutdown);
}
