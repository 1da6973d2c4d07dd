using System.Diagnostics;
using RoboMirror.Controller.Session;
using RoboMirror.Controller.Turns;
using RoboMirror.Hardware.Description;
using RoboMirror.Ros;
using RoboMirror.Ros.Clocks;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Nodes.Session;

/// <summary>
/// Runs a whole session: every node in one process, driven by one simulated clock. Each step advances
/// the clock by <see cref="SimOptions.Step"/> (the arm's 500 Hz period), publishes it on /clock, lets the
/// timers that came due run, and spins the executor until no work is left; in real-time mode the loop is
/// paced against the wall clock. The recording is then scored from the file alone.
/// </summary>
internal static partial class SimRunner
{
    private static readonly TimeSpan ProgressPeriod = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs the session and writes the run folder. A missing model fails the mirror policy with <see cref="ModelFileException"/>.</summary>
    public static SimOutcome Run(SimOptions options, Action<SimProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var wall = Stopwatch.StartNew();
        var notes = new List<string>();
        var material = PartnerSources.Load(options.Partner, options.DataFolder, options.Seed, ArmModels.Ur5e);
        if (material.Note is { } note)
        {
            notes.Add(note);
        }

        Directory.CreateDirectory(options.OutputFolder);
        var recording = Path.Combine(options.OutputFolder, RunFolder.Recording);
        if (File.Exists(recording))
        {
            throw new IOException($"{recording} exists already; choose another --out folder (a session is never overwritten).");
        }

        using var warnings = new WarningCollector();
        var clock = new SimTimeProvider();
        clock.Update(DateTimeOffset.UnixEpoch);
        long messages;
        TimeSpan end;
        var loop = Stopwatch.StartNew();
        using (var ros = Ros2.Init(new RosContextOptions { Arguments = RosArguments(options), Transport = options.Transport, DomainId = options.DomainId, Dds = options.Dds, TimeProvider = clock, LoggerFactory = warnings }))
        {
            using var graph = new SimGraph(ros, options, material, notes);
            loop.Restart();
            end = Loop(graph, clock, options, progress, cancellationToken);
            loop.Stop();
            var info = new SessionInfo(options.Policy, options.Seed, material.Source, TimeSpan.Zero, end);
            graph.Recorder.Complete(SessionMetadata.Write(info, Settings(options, material)));
            messages = graph.Recorder.MessageCount;
        }

        notes.AddRange(warnings.Lines);
        var report = RunFolder.Derive(options.OutputFolder);
        return new SimOutcome(options.OutputFolder, report, notes, wall.Elapsed, loop.Elapsed, messages);
    }

    private static TimeSpan Loop(SimGraph graph, SimTimeProvider clock, SimOptions options, Action<SimProgress>? progress, CancellationToken cancellationToken)
    {
        var wall = Stopwatch.StartNew();
        var lastProgress = TimeSpan.Zero;
        var now = TimeSpan.Zero;
        while (!cancellationToken.IsCancellationRequested)
        {
            now += SimOptions.Step;
            clock.Update(DateTimeOffset.UnixEpoch + now);
            graph.Clock.Publish(now);
            graph.SpinUntilIdle(cancellationToken);
            if (IsDone(graph, options, now))
            {
                break;
            }

            if (options.Speed is { } speed)
            {
                var ahead = (now / speed) - wall.Elapsed;
                if (ahead > TimeSpan.FromMilliseconds(1))
                {
                    Thread.Sleep(ahead);
                }
            }

            if (progress is not null && wall.Elapsed - lastProgress >= ProgressPeriod)
            {
                lastProgress = wall.Elapsed;
                progress(graph.Progress(now, options.Duration is null ? options.Turns : null));
            }
        }

        graph.Drain(options.Transport, cancellationToken);
        progress?.Invoke(graph.Progress(now, options.Duration is null ? options.Turns : null));
        return now;
    }

    private static bool IsDone(SimGraph graph, SimOptions options, TimeSpan now)
    {
        if (options.Duration is { } duration)
        {
            return now >= duration;
        }

        var turns = graph.Partner.Turns;
        if (turns.Count < options.Turns || !SessionScoring.IsScorable(turns[options.Turns - 1], now))
        {
            return false;
        }

        var settled = graph.Controller.State is TurnState.Idle or TurnState.PartnerTurn;
        return settled || now >= turns[options.Turns - 1].End + options.DrainLimit;
    }

    private static List<string> RosArguments(SimOptions options)
    {
        var args = new List<string> { "--ros-args" };
        foreach (var p in options.Parameters)
        {
            args.AddRange(["-p", p]);
        }

        return args;
    }

    private static Dictionary<string, string> Settings(SimOptions options, PartnerMaterial material) => new(StringComparer.Ordinal)
    {
        ["turns_requested"] = options.Duration is null ? options.Turns.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
        ["duration_requested_s"] = options.Duration is { } d ? d.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
        ["speed"] = options.Speed is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "max",
        ["transport"] = options.Transport == TransportKind.Dds ? "dds" : "inprocess",
        ["answers"] = material.Answers.Source,
        ["arm"] = material.Answers.Arm.Model,
        ["version"] = CommandLine.Version,
        ["parameters"] = string.Join(" ", options.Parameters),
    };

}
