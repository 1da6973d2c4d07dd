using System.Diagnostics;
using RoboMirror.Controller.Session;
using RoboMirror.Models.Inference;
using RoboMirror.Nodes.Nodes;
using RoboMirror.Nodes.Session;
using RoboMirror.Ros;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// Runs one node of <see cref="NodeCatalog"/> on a ready context, as <c>robomirror node NAME</c> does in its own
/// process and <see cref="InProcessNodeRunner"/> does inside the launcher: <c>sim_clock</c> publishes wall time ×
/// <c>speed</c>; the recorder stops after <c>turns</c> scored partner turns (when &gt; 0) and writes the run folder;
/// every other node spins until <c>stop</c> is cancelled. Blocks the calling thread.
/// </summary>
internal static class NodeHost
{
    /// <summary>
    /// Creates node <paramref name="name"/> on <paramref name="ros"/> (its <c>--ros-args</c> rename, remap and
    /// parameterise it), calls <paramref name="started"/> with it, runs it until it ends or <paramref name="stop"/> is
    /// cancelled, and disposes it. Throws what the node throws; <see cref="IsNodeError"/> tells the expected ones.
    /// </summary>
    public static void Run(IRosContext ros, string name, Action<INode> started, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(ros);
        ArgumentNullException.ThrowIfNull(started);
        if (!NodeCatalog.Factories.TryGetValue(name, out var factory))
        {
            throw new ArgumentException($"Unknown node '{name}'; use one of: {string.Join(", ", NodeCatalog.Factories.Keys)}.", nameof(name));
        }

        using var node = ros.CreateNode(name);
        using var instance = factory(node);
        started(node);
        switch (instance)
        {
            case SimClockNode clock:
                RunClock(ros, node, clock, stop);
                break;
            case RecorderNode recorder:
                RunRecorder(ros, node, recorder, stop);
                break;
            default:
                ros.Spin(node, stop);
                break;
        }
    }

    /// <summary>
    /// The errors a node reports as a one-line <c>error: …</c> and exit code 1 (a bad parameter, a model or recording
    /// that cannot be written or read, a transport that does not start); anything else is a bug and propagates.
    /// </summary>
    public static bool IsNodeError(Exception e) =>
        e is RosException or ModelFileException or SessionRecordingException or IOException or ArgumentException;

    /// <summary>The simulation's clock on its own: session time = wall time since start × speed, published every step_ms.</summary>
    private static void RunClock(IRosContext ros, INode node, SimClockNode clock, CancellationToken stop)
    {
        var speed = node.DeclareParameter("speed", 1.0);
        var step = TimeSpan.FromMilliseconds(node.DeclareParameter("step_ms", 2.0));
        var wall = Stopwatch.StartNew();
        while (!stop.IsCancellationRequested)
        {
            clock.Publish(wall.Elapsed * speed);
            ros.SpinOnce(node, step, stop);
        }
    }

    /// <summary>The recorder on its own: with turns &gt; 0 it stops once that many partner turns are scored, then writes the run folder.</summary>
    private static void RunRecorder(IRosContext ros, INode node, RecorderNode recorder, CancellationToken stop)
    {
        var turns = (int)node.DeclareParameter("turns", 0L);
        var truth = new List<Controller.Simulation.PartnerTurnRecord>();
        using var truthSubscription = node.CreateSubscription<Ros.Messages.StdMsgs.String>(SessionTopics.PartnerTruth, m => truth.Add(PartnerTruthJson.Read(m.Data)), SessionTopics.Truth);
        var start = SessionTime.Now(node);
        while (!stop.IsCancellationRequested)
        {
            ros.SpinOnce(node, TimeSpan.FromMilliseconds(50), stop);
            if (turns > 0 && truth.Count >= turns && SessionScoring.IsScorable(truth[turns - 1], SessionTime.Now(node)))
            {
                break;
            }
        }

        var info = new SessionInfo(recorder.Policy, recorder.Seed, recorder.PartnerSource, start, SessionTime.Now(node));
        recorder.Complete(SessionMetadata.Write(info, new Dictionary<string, string>(StringComparer.Ordinal) { ["transport"] = ros.TransportName, ["version"] = CommandLine.Version }));
        var folder = Path.GetDirectoryName(Path.GetFullPath(recorder.FilePath))!;
        if (Path.GetFileName(recorder.FilePath) == RunFolder.Recording)
        {
            RunFolder.Derive(folder);
        }
    }
}
