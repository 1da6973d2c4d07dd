using RoboMirror.Launch.Resolution;

namespace RoboMirror.Launch.Running;

/// <summary>Supervises one planned node run by an <see cref="IInProcessNodeRunner"/> with the child-process rules.</summary>
internal sealed class InProcessRun(ProcessPlan plan, LaunchSupervisor supervisor, IInProcessNodeRunner runner)
{
    public async Task<ProcessOutcome> RunAsync()
    {
        var runs = 0;
        int? exitCode = null;
        var stoppedByShutdown = false;
        while (!supervisor.ShutdownToken.IsCancellationRequested)
        {
            runs++;
            supervisor.Info(plan.Label, "node started in this process");
            var run = runner.RunAsync(plan, line => supervisor.ProcessLine(plan, line, isStderr: false), supervisor.ShutdownToken);
            var grace = plan.SigtermTimeout + plan.SigkillTimeout;
            try
            {
                exitCode = await run.WaitAsync(supervisor.ShutdownToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (supervisor.ShutdownToken.IsCancellationRequested)
            {
                stoppedByShutdown = true;
                try
                {
                    exitCode = await run.WaitAsync(grace, supervisor.Time).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    supervisor.Error(plan.Label, $"node did not stop within {grace.TotalSeconds:0.###} s of the shutdown; abandoning it");
                    return new ProcessOutcome(plan.Label, Started: true, ExitCode: null, runs, StoppedByShutdown: true);
                }
                catch (OperationCanceledException)
                {
                    exitCode = 0;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                supervisor.Error(plan.Label, $"node failed: {e.Message}");
                exitCode = 1;
            }

            if (exitCode == 0)
            {
                supervisor.Info(plan.Label, "node has finished cleanly");
            }
            else
            {
                supervisor.Error(plan.Label, $"node has died [exit code {exitCode}]");
            }

            if (supervisor.ShutdownToken.IsCancellationRequested)
            {
                // A node that returned cleanly on the shutdown's cancellation before the wait above saw it was
                // stopped by the shutdown; one that failed meanwhile still counts as failed.
                stoppedByShutdown |= exitCode == 0;
                break;
            }

            if (plan.ShutdownOnExit)
            {
                supervisor.Shutdown($"'{plan.Label}' exited and has on_exit=\"shutdown\"");
                break;
            }

            if (!plan.Respawn || (plan.RespawnMaxRetries >= 0 && runs > plan.RespawnMaxRetries))
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

        if (runs == 0)
        {
            // The launch was already shutting down (a required node ended first): nothing failed to start.
            supervisor.Info(plan.Label, "not started: the launch is shutting down");
            return new ProcessOutcome(plan.Label, Started: false, ExitCode: null, Runs: 0, StoppedByShutdown: true);
        }

        return new ProcessOutcome(plan.Label, Started: true, exitCode, runs, stoppedByShutdown);
    }
}
