namespace RoboMirror.Controller.Evaluation;

/// <summary>
/// Hoffman's (2019) objective fluency measures over one session, with the definitions used here:
/// human idle = fraction of the session in which the human is inactive; robot idle = the same for the
/// robot; concurrent activity = fraction in which both are active; functional delay = mean over hand-overs
/// (one agent's activity ending, the other's next activity starting after it) of the wait between them,
/// in milliseconds. Intervals of one agent must not overlap each other.
/// </summary>
public sealed record FluencyMeasures(double HumanIdle, double RobotIdle, double ConcurrentActivity, double? FunctionalDelayMs)
{
    public static FluencyMeasures Compute(TimeSpan sessionStart, TimeSpan sessionEnd, IReadOnlyList<ActivityInterval> human, IReadOnlyList<ActivityInterval> robot)
    {
        ArgumentNullException.ThrowIfNull(human);
        ArgumentNullException.ThrowIfNull(robot);
        var total = (sessionEnd - sessionStart).TotalSeconds;
        if (!(total > 0))
        {
            throw new ArgumentException($"The session must have a positive duration (from {sessionStart} to {sessionEnd}).", nameof(sessionEnd));
        }

        var humanActive = human.Sum(i => Clip(i, sessionStart, sessionEnd).TotalSeconds);
        var robotActive = robot.Sum(i => Clip(i, sessionStart, sessionEnd).TotalSeconds);
        var both = 0.0;
        foreach (var h in human)
        {
            foreach (var r in robot)
            {
                var start = h.Start > r.Start ? h.Start : r.Start;
                var end = h.End < r.End ? h.End : r.End;
                if (end > start)
                {
                    both += Clip(new ActivityInterval(start, end), sessionStart, sessionEnd).TotalSeconds;
                }
            }
        }

        var delays = new List<double>();
        AddHandOvers(human, robot, delays);
        AddHandOvers(robot, human, delays);
        return new FluencyMeasures(
            1 - (humanActive / total),
            1 - (robotActive / total),
            both / total,
            delays.Count == 0 ? null : delays.Average());
    }

    private static TimeSpan Clip(ActivityInterval i, TimeSpan from, TimeSpan to)
    {
        var start = i.Start < from ? from : i.Start;
        var end = i.End > to ? to : i.End;
        return end > start ? end - start : TimeSpan.Zero;
    }

    private static void AddHandOvers(IReadOnlyList<ActivityInterval> first, IReadOnlyList<ActivityInterval> second, List<double> delays)
    {
        foreach (var a in first)
        {
            // The other agent's first activity that starts at or after this one ends, before this agent acts again.
            var nextOwn = first.Where(x => x.Start >= a.End).Select(x => (TimeSpan?)x.Start).Min();
            var next = second.Where(b => b.Start >= a.End && (nextOwn is null || b.Start <= nextOwn)).Select(b => (TimeSpan?)b.Start).Min();
            if (next is { } start)
            {
                delays.Add((start - a.End).TotalMilliseconds);
            }
        }
    }
}
