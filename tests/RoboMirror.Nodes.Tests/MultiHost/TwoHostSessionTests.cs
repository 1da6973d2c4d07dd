using System.Globalization;
using RoboMirror.Controller.Safety;
using RoboMirror.Nodes.Tests.Sim;
using RoboMirror.Testing;
using Xunit.Abstractions;

namespace RoboMirror.Nodes.Tests.MultiHost;

/// <summary>
/// Perception on one "machine", controller and arm on another (issue 9): two network namespaces joined by a
/// veth pair, each node its own <c>robomirror node</c> process on Cyclone DDS over the veth only, wall clock.
/// Namespace A runs simulated_partner and partner_perception; B runs turn_controller, arm_driver (simulated
/// UR5e) and <c>robomirror topic echo /robomirror/turn_events</c>. The test waits for the controller in B to
/// see the partner in A start a turn, then cuts the link and measures how long the controller takes to enter
/// its safety hold for stale partner data (docs/sim.md, "Across two machines").
/// </summary>
[Collection(SimSessionsCollection.Name)]
public sealed class TwoHostSessionTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>SafetySettings.PartnerTimeout (500 ms) plus a generous margin for a loaded 2-core machine: the tests never assert tight timings.</summary>
    private static readonly TimeSpan HoldBound = TimeSpan.FromSeconds(2);
    private const int SafetyHoldState = 5;
    private const int DomainId = 31; // any: the namespaces hold no other participant

    private readonly string _root = Directory.CreateTempSubdirectory("robomirror-netns-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [RequiresNetworkNamespacesFact("libddsc0debian", "libddsc.so.0debian", "libddsc.so", "ddsc", Timeout = 180_000)]
    public async Task Session_AcrossTwoNamespaces_ControllerSeesThePartnerAndHoldsWhenTheLinkIsCut()
    {
        Assert.True(File.Exists(NamespacedCommand.RobomirrorDll), $"{NamespacedCommand.RobomirrorDll} is missing: the Nodes project builds it beside the tests.");
        var partnerTimeout = new SafetySettings().PartnerTimeout;
        using var hosts = NamespacePair.Create(_root);
        // Nothing can leave the machine: the only route in either namespace is the link's /30 (no default route).
        Assert.All(hosts.Routes(), r => Assert.StartsWith(hosts.Subnet + " ", r, StringComparison.Ordinal));
        var events = new EchoedTurnEvents();
        var commands = new List<NamespacedCommand>();
        try
        {
            string[] Node(string name, params string[] parameters) =>
                ["node", name, "--domain-id", DomainId.ToString(CultureInfo.InvariantCulture), "--ros-args", .. parameters.SelectMany(p => new[] { "-p", p })];

            // B first, the echo before the controller, so that no event is published before it is read.
            commands.Add(NamespacedCommand.Start("B: topic echo", hosts.B, hosts.DdsConfigurationB,
                ["topic", "echo", "/robomirror/turn_events", "robomirror_msgs/msg/TurnEvent", "--domain-id", DomainId.ToString(CultureInfo.InvariantCulture)], events.OnLine));
            commands.Add(NamespacedCommand.Start("B: turn_controller", hosts.B, hosts.DdsConfigurationB, Node("turn_controller", "partner_source:=synthetic", "seed:=1")));
            commands.Add(NamespacedCommand.Start("B: arm_driver", hosts.B, hosts.DdsConfigurationB, Node("arm_driver")));
            commands.Add(NamespacedCommand.Start("A: simulated_partner", hosts.A, hosts.DdsConfigurationA, Node("simulated_partner", "partner_source:=synthetic", "seed:=1")));
            commands.Add(NamespacedCommand.Start("A: partner_perception", hosts.A, hosts.DdsConfigurationA, Node("partner_perception")));
            string Diagnostics() => $"{hosts.Describe()}\nEvents:\n{string.Join('\n', events.Snapshot())}\n{string.Join('\n', commands.Select(c => c.Output))}";

            // The partner's activity exists only in A: a partner_started event from B's controller crossed the veth.
            // Then the turn goes on: the controller in B answers and its arm in B is seen moving.
            var started = await WaitForAsync(events, e => e.Kind == "partner_started", 0, TimeSpan.FromSeconds(90), commands, Diagnostics);
            output.WriteLine($"partner_started in B at {started.Stamp:HH:mm:ss.fff} ({started.Evidence})");
            var onset = await WaitForAsync(events, e => e.Kind == "robot_motion_started", 0, TimeSpan.FromSeconds(30), commands, Diagnostics);
            output.WriteLine($"robot_motion_started in B at {onset.Stamp:HH:mm:ss.fff} ({onset.Evidence})");

            // Cut only while the controller is out of any hold (a start-up stall of a node may have caused one).
            var free = await WaitUntilAsync(() => events.Snapshot() is { Count: > 0 } s && s[^1].ToState != SafetyHoldState, TimeSpan.FromSeconds(15));
            Assert.True(free, $"The controller stayed in its safety hold before the cut.\n{Diagnostics()}");
            var before = events.Snapshot();
            var cutAt = DateTimeOffset.UtcNow;
            hosts.CutLink();
            var cutDone = DateTimeOffset.UtcNow;

            var hold = await WaitForAsync(events, e => e.Kind == "safety_hold_entered", before.Count, TimeSpan.FromSeconds(15), commands, Diagnostics);
            var latency = hold.Stamp - cutAt;
            output.WriteLine($"events before the cut: {string.Join(", ", before.Select(e => e.Kind))}");
            output.WriteLine($"link cut at {cutAt:HH:mm:ss.fff} (ip returned after {(cutDone - cutAt).TotalMilliseconds:F0} ms)");
            output.WriteLine($"safety_hold_entered stamped {latency.TotalMilliseconds:F0} ms after the cut, printed by the echo in B and read here {(hold.Received - cutAt).TotalMilliseconds:F0} ms after it: {hold.Evidence}");
            output.WriteLine($"watchdog: PartnerTimeout {partnerTimeout.TotalMilliseconds:F0} ms, asserted bound {HoldBound.TotalMilliseconds:F0} ms");

            Assert.StartsWith("partner data stale", hold.Evidence, StringComparison.Ordinal);
            Assert.True(hold.Stamp >= cutAt, $"The hold ({hold.Stamp:O}) came before the cut ({cutAt:O}).\n{Diagnostics()}");
            Assert.True(latency <= HoldBound, $"The hold came {latency.TotalMilliseconds:F0} ms after the cut (bound {HoldBound.TotalMilliseconds:F0} ms).\n{Diagnostics()}");
            Assert.All(commands, c => Assert.True(c.IsRunning, $"A node exited during the session.\n{c.Output}"));
        }
        finally
        {
            foreach (var command in commands)
            {
                command.Dispose();
            }
        }
    }

    /// <summary>The first event from index <paramref name="from"/> on that matches, waiting at most <paramref name="timeout"/>.</summary>
    private static async Task<EchoedTurnEvent> WaitForAsync(EchoedTurnEvents events, Func<EchoedTurnEvent, bool> match, int from, TimeSpan timeout, List<NamespacedCommand> commands, Func<string> diagnostics)
    {
        EchoedTurnEvent? found = null;
        var ok = await WaitUntilAsync(
            () =>
            {
                found = events.Snapshot().Skip(from).FirstOrDefault(match);
                return found is not null || commands.Any(c => !c.IsRunning);
            },
            timeout);
        return ok && found is not null ? found : throw new TimeoutException($"No matching turn event within {timeout.TotalSeconds:0} s (or a node exited).\n{diagnostics()}");
    }

    private static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var end = DateTimeOffset.UtcNow + timeout;
        while (DateTimeOffset.UtcNow < end)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(20);
        }

        return condition();
    }
}
