namespace RoboMirror.Launch.Running;

/// <summary>How one process ended its last run.</summary>
/// <param name="Label">Its output prefix, e.g. <c>talker-1</c>.</param>
/// <param name="Started">False when it could not be started at all.</param>
/// <param name="ExitCode">The last exit code; null when it never ran.</param>
/// <param name="Runs">How many times it was started (more than one when it respawned).</param>
/// <param name="StoppedByShutdown">True when the launch stopped it (Ctrl-C, a required process exiting).</param>
public sealed record ProcessOutcome(string Label, bool Started, int? ExitCode, int Runs, bool StoppedByShutdown)
{
    /// <summary>Failed: could not be started (not merely skipped because the launch was shutting down), or exited non-zero on its own.</summary>
    public bool Failed => !StoppedByShutdown && (!Started || ExitCode is not 0);
}

/// <summary>The result of a launch: each process's outcome and why the launch ended.</summary>
public sealed record LaunchOutcome(IReadOnlyList<ProcessOutcome> Processes, string EndReason)
{
    /// <summary>0 when no process failed, 1 otherwise (the exit code of <c>robomirror launch</c>).</summary>
    public int ExitCode => Processes.Any(p => p.Failed) ? 1 : 0;
}
