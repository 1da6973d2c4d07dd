using RoboMirror.Launch.Resolution;
using RoboMirror.Launch.Running;

namespace RoboMirror.Launch.Tests.Running;

public sealed class LaunchSupervisorTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private readonly RecordingOutput _output = new();

    private async Task<LaunchOutcome> RunAsync(ResolvedLaunch launch, Action<LaunchSupervisor>? whileRunning = null, IInProcessNodeRunner? inProcess = null)
    {
        using var supervisor = new LaunchSupervisor(_output, inProcess: inProcess);
        var run = supervisor.RunAsync(launch, CancellationToken.None);
        whileRunning?.Invoke(supervisor);
        return await run.WaitAsync(Limit);
    }

    [Fact(Timeout = 30_000)]
    public async Task RunAsync_ProcessOutput_IsPrefixedWithItsLabel()
    {
        var outcome = await RunAsync(Plans.Launch(Plans.Executable("talker-1", "sh", "-c", "echo hello; echo oops 1>&2")));

        Assert.Contains("[talker-1] hello", _output.Screen);
        Assert.Contains("[talker-1] oops", _output.Screen);
        Assert.Contains(_output.Screen, l => l.StartsWith("[INFO] [talker-1]: process started with pid [", StringComparison.Ordinal));
        Assert.Contains(_output.Screen, l => l.StartsWith("[INFO] [talker-1]: process has finished cleanly", StringComparison.Ordinal));
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("all processes have ended", outcome.EndReason);
    }

    [Fact(Timeout = 30_000)]
    public async Task RunAsync_OutputLog_SendsStdoutToTheLogOnlyAndStderrToBoth()
    {
        var plan = Plans.Executable("quiet-1", "sh", "-c", "echo to-log; echo to-screen 1>&2") with { Output = OutputMode.Log };

        await RunAsync(Plans.Launch(plan));

        Assert.DoesNotContain("[quiet-1] to-log", _output.Screen);
        Assert.Contains("[quiet-1] to-log", _output.Log);
        Assert.Contains("[quiet-1] to-screen", _output.Screen);
        Assert.Contains("[quiet-1] to-screen", _output.Log);
    }

    [Fact(Timeout = 30_000)]
    public async Task RunAsync_WorkingDirectoryEnvironmentAndShell_AreApplied()
    {
        var plan = Plans.Executable("env-1", "echo", "$STUDY", "$((40+2))", "$(pwd)") with
        {
            Shell = true,
            WorkingDirectory = "/tmp",
            Environment = new Dictionary<string, string> { ["PATH"] = "/usr/bin:/bin", ["STUDY"] = "s1" },
        };

        await RunAsync(Plans.Launch(plan));

        Assert.Contains("[env-1] s1 42 /tmp", _output.Screen);
    }

    [Fact(Timeout = 30_000)]
    public async Task RunAsync_FailingProcess_ReportsItsExitCodeAndFailsTheLaunch()
    {
        var outcome = await RunAsync(Plans.Launch(Plans.Executable("crash-1", "sh", "-c", "exit 3")));

        Assert.Contains(_output.Screen, l => l.Contains("[ERROR] [crash-1]: process has died", StringComparison.Ordinal) && l.Contains("exit code 3", StringComparison.Ordinal));
        Assert.Equal(3, Assert.Single(outcome.Processes).ExitCode);
        Assert.Equal(1, outcome.ExitCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task RunAsync_ExecutableThatDoesNotExist_IsReportedAndTheOthersRun()
    {
        var outcome = await RunAsync(Plans.Launch(
            Plans.Executable("ghost-1", "/nonexistent/robomirror-ghost"),
            Plans.Executable("fine-2", "echo", "still here")));

        Assert.Contains(_output.Screen, l => l.StartsWith("[ERROR] [ghost-1]: could not start '/nonexistent/robomirror-ghost'", StringComparison.Ordinal));
        Assert.Contains("[fine-2] still here", _output.Screen);
        Assert.False(outcome.Processes[0].Started);
        Assert.True(outcome.Processes[0].Failed);
        Assert.Equal(1, outcome.ExitCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task RunAsync_Respawn_RestartsAfterTheDelayUpToTheRetryLimit()
    {
        var plan = Plans.Executable("flaky-1", "sh", "-c", "echo run; exit 1") with
        {
            Respawn = true,
            RespawnDelay = TimeSpan.FromMilliseconds(50),
            RespawnMaxRetries = 2,
        };

        var outcome = await RunAsync(Plans.Launch(plan));

        Assert.Equal(3, _output.Screen.Count(l => l == "[flaky-1] run"));
        Assert.Equal(3, Assert.Single(outcome.Processes).Runs);
    }

    [Fact(Timeout = 30_000)]
    public async Task RunAsync_ProcessWithShutdownOnExitEnds_StopsTheOthers()
    {
        var outcome = await RunAsync(Plans.Launch(
            Plans.Executable("long-1", "sleep", "30"),
            Plans.Executable("required-2", "sh", "-c", "sleep 0.2; exit 0") with { ShutdownOnExit = true }));

        Assert.Contains("'required-2' exited", outcome.EndReason, StringComparison.Ordinal);
        Assert.True(outcome.Processes[0].StoppedByShutdown);
        Assert.Equal(0, outcome.ExitCode);
        Assert.All(_output.StartedPids, pid => Assert.True(Plans.IsGone(pid), $"pid {pid} is still there"));
    }

    [Fact(Timeout = 30_000)]
    public async Task RunAsync_Cancelled_InterruptsEveryProcessWithSigint()
    {
        using var cancel = new CancellationTokenSource();
        using var supervisor = new LaunchSupervisor(_output);
        var run = supervisor.RunAsync(Plans.Launch(Plans.Executable("a-1", "sleep", "30"), Plans.Executable("b-2", "sleep", "30")), cancel.Token);
        await _output.WaitForAsync("[b-2]: process started", Limit);
        await _output.WaitForAsync("[a-1]: process started", Limit);

        await cancel.CancelAsync();
        var outcome = await run.WaitAsync(Limit);

        Assert.All(outcome.Processes, p => Assert.True(p.StoppedByShutdown));
        Assert.DoesNotContain(_output.Screen, l => l.Contains("escalating", StringComparison.Ordinal));
        Assert.All(_output.StartedPids, pid => Assert.True(Plans.IsGone(pid), $"pid {pid} is still there"));
    }

    [Fact(Timeout = 30_000)]
    public async Task Shutdown_ProcessIgnoringSigint_IsEscalatedToSigterm()
    {
        var plan = Plans.Executable("stubborn-1", "sh", "-c", "trap '' INT; echo ready; exec sleep 30") with { SigtermTimeout = TimeSpan.FromMilliseconds(300) };
        using var supervisor = new LaunchSupervisor(_output);
        var run = supervisor.RunAsync(Plans.Launch(plan), CancellationToken.None);
        await _output.WaitForAsync("[stubborn-1] ready", Limit);

        supervisor.Shutdown("test");
        var outcome = await run.WaitAsync(Limit);

        Assert.Contains(_output.Screen, l => l.Contains("failed to terminate '0.3' seconds after receiving 'SIGINT', escalating to 'SIGTERM'", StringComparison.Ordinal));
        Assert.DoesNotContain(_output.Screen, l => l.Contains("'SIGKILL'", StringComparison.Ordinal));
        Assert.Equal(128 + 15, Assert.Single(outcome.Processes).ExitCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task Shutdown_ProcessIgnoringSigintAndSigterm_IsKilled()
    {
        var plan = Plans.Executable("deaf-1", "sh", "-c", "trap '' INT TERM; echo ready; exec sleep 30") with
        {
            SigtermTimeout = TimeSpan.FromMilliseconds(200),
            SigkillTimeout = TimeSpan.FromMilliseconds(200),
        };
        using var supervisor = new LaunchSupervisor(_output);
        var run = supervisor.RunAsync(Plans.Launch(plan), CancellationToken.None);
        await _output.WaitForAsync("[deaf-1] ready", Limit);

        supervisor.Shutdown("test");
        await run.WaitAsync(Limit);

        Assert.Contains(_output.Screen, l => l.Contains("escalating to 'SIGKILL'", StringComparison.Ordinal));
        Assert.All(_output.StartedPids, pid => Assert.True(Plans.IsGone(pid), $"pid {pid} is still there"));
    }

    [Fact(Timeout = 30_000)]
    public async Task Shutdown_ChildrenAlreadyInterrupted_DoesNotSendASecondSigint()
    {
        // sleep would die of a SIGINT at once; without one it waits for the SIGTERM escalation.
        var plan = Plans.Executable("sleeper-1", "sleep", "30") with { SigtermTimeout = TimeSpan.FromMilliseconds(300) };
        using var supervisor = new LaunchSupervisor(_output);
        var run = supervisor.RunAsync(Plans.Launch(plan), CancellationToken.None);
        await _output.WaitForAsync("[sleeper-1]: process started", Limit);

        supervisor.Shutdown("interrupted (SIGINT)", childrenAlreadyInterrupted: true);
        await run.WaitAsync(Limit);

        Assert.Contains(_output.Screen, l => l.Contains("escalating to 'SIGTERM'", StringComparison.Ordinal));
    }

    [Fact(Timeout = 30_000)]
    public async Task RunAsync_RespawningProcess_StopsRespawningOnShutdown()
    {
        var plan = Plans.Executable("loop-1", "sh", "-c", "echo tick; sleep 0.05") with { Respawn = true, RespawnDelay = TimeSpan.FromMilliseconds(20) };
        using var supervisor = new LaunchSupervisor(_output);
        var run = supervisor.RunAsync(Plans.Launch(plan), CancellationToken.None);
        await _output.WaitForAsync("[loop-1] tick", Limit);

        supervisor.Shutdown("test");
        var outcome = await run.WaitAsync(Limit);

        Assert.True(Assert.Single(outcome.Processes).Runs >= 1);
        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task RunAsync_UnrunnablePlan_ThrowsBeforeStartingAnything()
    {
        var unmapped = Plans.Executable("rsp-1") with { Command = [], Problem = "package 'robot_state_publisher' is not known here" };
        using var supervisor = new LaunchSupervisor(_output);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => supervisor.RunAsync(Plans.Launch(Plans.Executable("ok-1", "true"), unmapped), CancellationToken.None));

        Assert.Contains("rsp-1", error.Message, StringComparison.Ordinal);
        Assert.Empty(_output.StartedPids);
    }

    [Fact(Timeout = 30_000)]
    public async Task RunAsync_NodeAcceptedByInProcessRunner_RunsInProcessWithPrefixedOutput()
    {
        var node = new NodeDescription("robomirror", "turn_controller", "turns", null, ["--ros-args", "-r", "__node:=turns"]);
        var plan = Plans.Executable("turn_controller-1", "robomirror", "node", "turn_controller") with { Kind = ProcessKind.Node, Node = node };
        var runner = new FakeRunner();
        using var supervisor = new LaunchSupervisor(_output, inProcess: runner);
        var run = supervisor.RunAsync(Plans.Launch(plan), CancellationToken.None);
        await _output.WaitForAsync("[turn_controller-1] hello from turns", Limit);

        supervisor.Shutdown("test");
        var outcome = await run.WaitAsync(Limit);

        Assert.Equal(node, runner.Ran);
        Assert.Empty(_output.StartedPids);
        Assert.True(Assert.Single(outcome.Processes).StoppedByShutdown);
        Assert.Equal(0, outcome.ExitCode);
    }

    private sealed class FakeRunner : IInProcessNodeRunner
    {
        public NodeDescription? Ran { get; private set; }

        public bool CanRun(NodeDescription node) => node.Package == "robomirror";

        public async Task<int> RunAsync(ProcessPlan plan, Action<string> writeLine, CancellationToken shutdown)
        {
            Ran = plan.Node;
            writeLine($"hello from {plan.Node!.Name}");
            try
            {
                await Task.Delay(Timeout.Infinite, shutdown);
            }
            catch (OperationCanceledException)
            {
                return 0;
            }

            return 1;
        }
    }
}
