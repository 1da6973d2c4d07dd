using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using RoboMirror.Launch.Resolution;

namespace RoboMirror.Launch.Running;

/// <summary>Supervises one planned process as a child process: start, output, exit, respawn, shutdown escalation.</summary>
internal sealed class ChildProcessRun(ProcessPlan plan, LaunchSupervisor supervisor)
{
    private int _runs;
    private bool _stoppedByShutdown;

    public async Task<ProcessOutcome> RunAsync()
    {
        int? exitCode = null;
        while (!supervisor.ShutdownToken.IsCancellationRequested)
        {
            using var process = TryStart();
            if (process is null)
            {
                if (plan.ShutdownOnExit)
                {
                    supervisor.Shutdown($"'{plan.Label}' could not start and has on_exit=\"shutdown\"");
                }

                return new ProcessOutcome(plan.Label, Started: _runs > 0, exitCode, _runs, _stoppedByShutdown);
            }

            _runs++;
            exitCode = await WaitOrStopAsync(process).ConfigureAwait(false);
            ReportExit(process.Id, exitCode.Value);
            if (supervisor.ShutdownToken.IsCancellationRequested)
            {
                break;
            }

            if (plan.ShutdownOnExit)
            {
                supervisor.Shutdown($"'{plan.Label}' exited and has on_exit=\"shutdown\"");
                break;
            }

            if (!plan.Respawn || (plan.RespawnMaxRetries >= 0 && _runs > plan.RespawnMaxRetries))
            {
                break;
            }

            try
            {
                await Task.Delay(plan.RespawnDelay, supervisor.Time, supervisor.ShutdownToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        if (_runs == 0 && supervisor.ShutdownToken.IsCancellationRequested)
        {
            // The launch was already shutting down (a required process ended first): nothing failed to start.
            supervisor.Info(plan.Label, "not started: the launch is shutting down");
            return new ProcessOutcome(plan.Label, Started: false, ExitCode: null, Runs: 0, StoppedByShutdown: true);
        }

        return new ProcessOutcome(plan.Label, Started: _runs > 0, exitCode, _runs, _stoppedByShutdown);
    }

    private Process? TryStart()
    {
        var start = new ProcessStartInfo
        {
            FileName = plan.Shell ? "/bin/sh" : plan.Command[0],
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = plan.WorkingDirectory ?? string.Empty,
        };
        if (plan.Shell)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(string.Join(' ', plan.Command));
        }
        else
        {
            foreach (var argument in plan.Command.Skip(1))
            {
                start.ArgumentList.Add(argument);
            }
        }

        start.Environment.Clear();
        foreach (var (key, value) in plan.Environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => OnLine(e.Data, isStderr: false);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data, isStderr: true);
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException)
        {
            process.Dispose();
            supervisor.Error(plan.Label, $"could not start '{string.Join(' ', plan.Command.Select(ShellWords.Quote))}': {e.Message}");
            return null;
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        supervisor.Info(plan.Label, $"process started with pid [{process.Id}]");
        return process;
    }

    private void OnLine(string? line, bool isStderr)
    {
        if (line is not null)
        {
            supervisor.ProcessLine(plan, line, isStderr);
        }
    }

    private async Task<int> WaitOrStopAsync(Process process)
    {
        try
        {
            await process.WaitForExitAsync(supervisor.ShutdownToken).ConfigureAwait(false);
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            _stoppedByShutdown = true;
        }

        // Shutdown escalation, as ros2 launch: SIGINT (unless the terminal already sent it), SIGTERM, SIGKILL.
        if (!supervisor.ChildrenAlreadyInterrupted)
        {
            PosixSignals.Send(process.Id, PosixSignals.SigInt);
        }

        if (await ExitsWithinAsync(process, plan.SigtermTimeout).ConfigureAwait(false))
        {
            return process.ExitCode;
        }

        supervisor.Error(plan.Label, $"process[{plan.Label}] failed to terminate '{Seconds(plan.SigtermTimeout)}' seconds after receiving 'SIGINT', escalating to 'SIGTERM'");
        PosixSignals.Send(process.Id, PosixSignals.SigTerm);
        if (await ExitsWithinAsync(process, plan.SigkillTimeout).ConfigureAwait(false))
        {
            return process.ExitCode;
        }

        supervisor.Error(plan.Label, $"process[{plan.Label}] failed to terminate '{Seconds(plan.SigkillTimeout)}' seconds after receiving 'SIGTERM', escalating to 'SIGKILL'");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        return process.ExitCode;
    }

    private async Task<bool> ExitsWithinAsync(Process process, TimeSpan timeout)
    {
        using var timer = new CancellationTokenSource(timeout, supervisor.Time);
        try
        {
            await process.WaitForExitAsync(timer.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void ReportExit(int pid, int exitCode)
    {
        if (exitCode == 0)
        {
            supervisor.Info(plan.Label, $"process has finished cleanly [pid {pid}]");
        }
        else
        {
            supervisor.Error(plan.Label, $"process has died [pid {pid}, exit code {exitCode}, cmd '{string.Join(' ', plan.Command)}'].");
        }
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
