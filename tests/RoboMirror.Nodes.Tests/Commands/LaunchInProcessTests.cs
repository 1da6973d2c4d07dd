using System.Text.Json;
using RoboMirror.Launch;
using RoboMirror.Launch.Resolution;
using RoboMirror.Launch.Running;
using RoboMirror.Nodes.Commands;
using RoboMirror.Nodes.Session;
using RoboMirror.Nodes.Tests.Nodes;
using RoboMirror.Nodes.Tests.Sim;
using RoboMirror.Ros.Transport;
using RoboMirror.Testing;
using Spectre.Console.Testing;

namespace RoboMirror.Nodes.Tests.Commands;

/// <summary>
/// <c>robomirror launch --in-process</c>: RoboMirror's nodes inside the launcher, each with its own context on a shared
/// transport, under the supervisor's rules. Whole sessions keep the cores busy, so these run beside no other test.
/// </summary>
[Collection(SimSessionsCollection.Name)]
public sealed class LaunchInProcessTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static readonly string[] SimLabels = ["sim_clock-1", "recorder-2", "arm_driver-3", "simulated_partner-4", "partner_perception-5", "turn_controller-6"];

    private readonly string _folder = Directory.CreateTempSubdirectory("robomirror-launch-inprocess-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact(Timeout = 180_000)]
    public async Task Launch_SimInProcess_EndsByItselfAndWritesTheRunFolder()
    {
        var run = Path.Combine(_folder, "run");
        var simFile = Path.Combine(TestPaths.RepositoryRoot, "launch", "sim.launch.xml");

        var (exitCode, output) = await RunAsync("launch", simFile, "--in-process", "turns:=2", "speed:=4", "partner:=synthetic", $"out:={run}");

        Assert.True(exitCode == 0, output);
        Assert.Contains("[INFO] [launch]: the nodes in this process share the inprocess transport: every process of the launch runs in this process", output, StringComparison.Ordinal);
        Assert.Contains("[INFO] [launch]: shutting down: 'recorder-2' exited and has on_exit=\"shutdown\"", output, StringComparison.Ordinal);
        foreach (var label in SimLabels)
        {
            var executable = label[..label.LastIndexOf('-')];
            Assert.Contains($"[{label}] /{executable} running in this process on inprocess", output, StringComparison.Ordinal);
            Assert.Contains($"[INFO] [{label}]: node has finished cleanly", output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(output.Split('\n'), line => line.StartsWith('/'));
        Assert.DoesNotContain("process started with pid", output, StringComparison.Ordinal);
        foreach (var file in new[] { RunFolder.Recording, "summary.json", "turn_events.csv" })
        {
            Assert.True(File.Exists(Path.Combine(run, file)), $"{file} is missing\n{output}");
        }

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "summary.json")));
        Assert.True(summary.RootElement.GetProperty("turns").GetInt32() >= 2, summary.RootElement.ToString());
        var log = SessionRecording.Read(Path.Combine(run, RunFolder.Recording));
        Assert.Contains(log.Events, e => e.Kind == Controller.Turns.TurnEventKind.PartnerStarted);
    }

    [Fact(Timeout = 60_000)]
    public async Task Launch_InProcessNodeWithBadParameter_IsReportedAsDiedWithItsError()
    {
        var file = Write("""
            <node pkg="robomirror" exec="turn_controller" output="screen" on_exit="shutdown"><param name="policy" value="nonsense"/></node>
            <node pkg="robomirror" exec="arm_driver" output="screen"/>
            """);

        var (exitCode, output) = await RunAsync("launch", file, "--in-process");

        Assert.Equal(1, exitCode);
        Assert.Contains("[turn_controller-1] error: turn_controller: parameters", output, StringComparison.Ordinal);
        Assert.Contains("Unknown timing policy 'nonsense'", output, StringComparison.Ordinal);
        Assert.Contains("[ERROR] [turn_controller-1]: node has died [exit code 1]", output, StringComparison.Ordinal);
        // The arm driver either ran and was stopped by the shutdown, or the shutdown came before its start.
        Assert.True(
            output.Contains("[INFO] [arm_driver-2]: node has finished cleanly", StringComparison.Ordinal)
            || output.Contains("[INFO] [arm_driver-2]: not started: the launch is shutting down", StringComparison.Ordinal),
            output);
        Assert.Contains("[ERROR] [launch]: turn_controller-1 exited with code 1", output, StringComparison.Ordinal);
        Assert.DoesNotContain("arm_driver-2 exited", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Supervisor_InProcessNodeDies_TheOthersRunUntilCancelled()
    {
        var launch = Resolve("""
            <node pkg="robomirror" exec="turn_controller" output="screen"><param name="policy" value="nonsense"/></node>
            <node pkg="robomirror" exec="arm_driver" output="screen"/>
            """);
        var output = new CollectedOutput();
        using var runner = new InProcessNodeRunner(TransportKind.InProcess);
        using var supervisor = new LaunchSupervisor(output, inProcess: runner);
        using var cancel = new CancellationTokenSource();

        var run = supervisor.RunAsync(launch, cancel.Token);
        await output.WaitForAsync("[ERROR] [turn_controller-1]: node has died [exit code 1]", Limit);
        await output.WaitForAsync("[arm_driver-2] /arm_driver running in this process", Limit);
        Assert.False(run.IsCompleted, string.Join('\n', output.Lines));
        await cancel.CancelAsync();
        var outcome = await run.WaitAsync(Limit);

        Assert.Equal("the launch was cancelled", outcome.EndReason);
        var controller = outcome.Processes.Single(p => p.Label == "turn_controller-1");
        Assert.True(controller.Failed);
        var driver = outcome.Processes.Single(p => p.Label == "arm_driver-2");
        Assert.True(driver is { ExitCode: 0, StoppedByShutdown: true, Failed: false }, driver.ToString());
        Assert.Equal(1, outcome.ExitCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task Runner_NamesNamespacesRemapsAndParameters_ApplyPerNodeOnTheSharedTransport()
    {
        var launch = Resolve("""
            <node pkg="robomirror" exec="arm_driver" name="left_arm" namespace="left" output="screen">
              <param name="controller" value="/left/jtc"/>
              <remap from="/joint_states" to="/left/joint_states"/>
            </node>
            <node pkg="robomirror" exec="arm_driver" name="right_arm" namespace="/right" output="screen"/>
            """);
        var output = new CollectedOutput();
        using var runner = new InProcessNodeRunner(TransportKind.InProcess);
        using var supervisor = new LaunchSupervisor(output, inProcess: runner);

        var run = supervisor.RunAsync(launch, CancellationToken.None);
        await output.WaitForAsync("[arm_driver-1] /left/left_arm running in this process on inprocess", Limit);
        await output.WaitForAsync("[arm_driver-2] /right/right_arm running in this process on inprocess", Limit);
        var graph = runner.GraphOf(0);
        Assert.NotNull(graph);
        var nodes = graph.Nodes().Select(n => n.FullyQualifiedName).ToList();
        var endpoints = graph.Endpoints().Select(e => (e.RosTopic, e.IsWriter, Node: e.Node?.FullyQualifiedName)).ToList();
        supervisor.Shutdown("test");
        var outcome = await run.WaitAsync(Limit);

        Assert.Contains("/left/left_arm", nodes);
        Assert.Contains("/right/right_arm", nodes);
        Assert.Contains(("/left/joint_states", true, "/left/left_arm"), endpoints);
        Assert.Contains(("/left/jtc/joint_trajectory", false, "/left/left_arm"), endpoints);
        Assert.Contains(("/joint_states", true, "/right/right_arm"), endpoints);
        Assert.Contains(("/joint_trajectory_controller/joint_trajectory", false, "/right/right_arm"), endpoints);
        Assert.DoesNotContain(endpoints, e => e.Node == "/left/left_arm" && e.RosTopic == "/joint_states");
        Assert.DoesNotContain(output.Lines, l => l.Contains("[warning]", StringComparison.Ordinal));
        Assert.All(outcome.Processes, p => Assert.True(p is { ExitCode: 0, StoppedByShutdown: true }, p.ToString()));
        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task Runner_EnvironmentChangesAndLaunchPrefix_AreReportedAsWarnings()
    {
        var launch = Resolve("""
            <set_env name="ROBOMIRROR_PROBE" value="1"/>
            <node pkg="robomirror" exec="arm_driver" launch-prefix="nice -n 5" output="screen"><env name="OTHER_PROBE" value="2"/></node>
            """);
        var output = new CollectedOutput();
        using var runner = new InProcessNodeRunner(TransportKind.InProcess);
        using var supervisor = new LaunchSupervisor(output, inProcess: runner);

        var run = supervisor.RunAsync(launch, CancellationToken.None);
        await output.WaitForAsync("[arm_driver-1] /arm_driver running in this process", Limit);
        supervisor.Shutdown("test");
        var outcome = await run.WaitAsync(Limit);

        Assert.Contains(output.Lines, l => l.StartsWith("[arm_driver-1] [warning] environment changes do not apply to a node inside this process: OTHER_PROBE, ROBOMIRROR_PROBE", StringComparison.Ordinal));
        Assert.Contains(output.Lines, l => l.StartsWith("[arm_driver-1] [warning] its command line does not apply in this process", StringComparison.Ordinal) && l.Contains("'nice -n 5' is not used", StringComparison.Ordinal));
        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact(Timeout = 60_000)]
    public async Task Runner_ArgumentsItCannotHonour_FailTheNodeWithAnError()
    {
        var launch = Resolve("""<node pkg="robomirror" exec="arm_driver" args="--frobnicate" output="screen"/>""");
        var output = new CollectedOutput();
        using var runner = new InProcessNodeRunner(TransportKind.InProcess);
        using var supervisor = new LaunchSupervisor(output, inProcess: runner);

        var outcome = await supervisor.RunAsync(launch, CancellationToken.None).WaitAsync(Limit);

        Assert.Contains(output.Lines, l => l.StartsWith("[arm_driver-1] error: '--frobnicate': a node inside the launcher takes only", StringComparison.Ordinal));
        Assert.Equal(1, outcome.ExitCode);
    }

    [RequiresNativeLibraryFact("libddsc0debian", "libddsc.so.0debian", "libddsc.so", "ddsc", Timeout = 60_000)]
    public async Task Runner_Dds_SharesOneParticipantPerRosDomain()
    {
        var first = 215 + (Environment.ProcessId % 7);
        var second = first + 8;
        var launch = Resolve($"""
            <group><set_env name="ROS_DOMAIN_ID" value="{first}"/><node pkg="robomirror" exec="arm_driver" name="first_arm" output="screen"/></group>
            <group><set_env name="ROS_DOMAIN_ID" value="{second}"/><node pkg="robomirror" exec="arm_driver" name="second_arm" output="screen"/></group>
            """);
        var output = new CollectedOutput();
        using var runner = new InProcessNodeRunner(TransportKind.Dds, ddsConfiguration: TestPaths.LoopbackDdsConfiguration);
        using var supervisor = new LaunchSupervisor(output, inProcess: runner);

        var run = supervisor.RunAsync(launch, CancellationToken.None);
        await output.WaitForAsync("[arm_driver-1] /first_arm running in this process on cyclonedds", Limit);
        await output.WaitForAsync("[arm_driver-2] /second_arm running in this process on cyclonedds", Limit);
        var firstNodes = runner.GraphOf(first)?.Nodes().Select(n => n.FullyQualifiedName).ToList();
        var secondNodes = runner.GraphOf(second)?.Nodes().Select(n => n.FullyQualifiedName).ToList();
        supervisor.Shutdown("test");
        var outcome = await run.WaitAsync(Limit);

        Assert.NotNull(firstNodes);
        Assert.NotNull(secondNodes);
        Assert.Contains("/first_arm", firstNodes);
        Assert.DoesNotContain("/second_arm", firstNodes);
        Assert.Contains("/second_arm", secondNodes);
        Assert.DoesNotContain(output.Lines, l => l.Contains("[warning] environment changes", StringComparison.Ordinal));
        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact]
    public async Task Launch_TransportWithoutInProcess_IsRejected()
    {
        var (exitCode, output) = await RunAsync("launch", Write(string.Empty), "--transport", "dds");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--transport is 'dds' without --in-process", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Launch_UnknownTransport_IsRejected()
    {
        var (exitCode, output) = await RunAsync("launch", Write(string.Empty), "--in-process", "--transport", "zenoh");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--transport is 'zenoh'; use inprocess or dds.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_InProcessBesideAChildProcess_MarksTheNodesAndChoosesDds()
    {
        var file = Write("""<node pkg="robomirror" exec="turn_controller"/><executable cmd="sleep 1"/>""");

        var (exitCode, output) = await RunAsync("launch", file, "--dry-run", "--in-process");

        Assert.Equal(0, exitCode);
        Assert.Contains("[turn_controller-1] node robomirror/turn_controller (in this process)", output, StringComparison.Ordinal);
        Assert.Contains("[sleep-2] executable\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("in this process (1): turn_controller-1", output, StringComparison.Ordinal);
        Assert.Contains("transport: the nodes in this process share one Cyclone DDS participant per ROS domain (dds transport): the 1 process of the launch runs as a child process (sleep-2)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_InProcessWithOnlyRoboMirrorNodes_ChoosesTheInProcessTransport()
    {
        var file = Write("""<node pkg="robomirror" exec="turn_controller"/><node pkg="robomirror" exec="arm_driver"/>""");

        var (exitCode, output) = await RunAsync("launch", file, "--dry-run", "--in-process");

        Assert.Equal(0, exitCode);
        Assert.Contains("in this process (2): turn_controller-1, arm_driver-2", output, StringComparison.Ordinal);
        Assert.Contains("transport: the nodes in this process share the inprocess transport: every process of the launch runs in this process", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_InProcessTransportAskedBesideAChildProcess_Warns()
    {
        var file = Write("""<node pkg="robomirror" exec="turn_controller"/><executable cmd="sleep 1"/>""");

        var (exitCode, output) = await RunAsync("launch", file, "--dry-run", "--in-process", "--transport", "inprocess");

        Assert.Equal(0, exitCode);
        Assert.Contains("warning: the nodes in this process share the inprocess transport (--transport inprocess), so the 1 process", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_InProcessWithoutRoboMirrorNodes_SaysItChangesNothing()
    {
        var file = Write("""<executable cmd="sleep 1"/><executable cmd="sleep 2"/>""");

        var (exitCode, output) = await RunAsync("launch", file, "--dry-run", "--in-process");

        Assert.Equal(0, exitCode);
        Assert.Contains("in this process (0): none", output, StringComparison.Ordinal);
        Assert.Contains("warning: --in-process changes nothing: no process of the launch is a RoboMirror node (2 processes of the launch run as child processes (sleep-1, sleep-2))", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_WithoutInProcess_MarksNothing()
    {
        var file = Write("""<node pkg="robomirror" exec="turn_controller"/>""");

        var (exitCode, output) = await RunAsync("launch", file, "--dry-run");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("in this process", output, StringComparison.Ordinal);
    }

    /// <summary>Runs the command line with the launch log in the test's folder (these tests run beside no other).</summary>
    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var previous = Environment.GetEnvironmentVariable("ROS_LOG_DIR");
        Environment.SetEnvironmentVariable("ROS_LOG_DIR", Path.Combine(_folder, "logs"));
        try
        {
            using var console = new TestConsole().Width(1000);
            var exitCode = await CommandLine.Build(console).RunAsync(args);
            return (exitCode, console.Output);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ROS_LOG_DIR", previous);
        }
    }

    private string Write(string body)
    {
        var path = Path.Combine(_folder, $"test-{Guid.NewGuid():N}.launch.xml");
        File.WriteAllText(path, $"<launch>\n{body}\n</launch>\n");
        return path;
    }

    private ResolvedLaunch Resolve(string body) =>
        LaunchInterpreter.Resolve(Write(body), LaunchInterpreter.ParseArguments([]), LaunchPackages.Create(null));

    /// <summary>What the supervisor writes, screen and log together.</summary>
    private sealed class CollectedOutput : ILaunchOutput
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public void WriteScreen(string line)
        {
            lock (_lines)
            {
                _lines.Add(line);
            }
        }

        public void WriteLog(string line)
        {
        }

        /// <summary>Waits (at most <paramref name="timeout"/>) for a line containing <paramref name="text"/>.</summary>
        public async Task WaitForAsync(string text, TimeSpan timeout)
        {
            using var cancel = new CancellationTokenSource(timeout);
            while (!Lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
            {
                await Task.Delay(20, cancel.Token);
            }
        }
    }
}
