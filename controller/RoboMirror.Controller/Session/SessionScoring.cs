using RoboMirror.Controller.Evaluation;
using RoboMirror.Controller.Simulation;
using RoboMirror.Controller.Turns;

namespace RoboMirror.Controller.Session;

/// <summary>
/// Scores a session with <see cref="TurnScoring"/>, <see cref="PolicySummary"/> and
/// <see cref="FluencyMeasures"/>. A partner turn is scored once its answer window has closed before the
/// session ended (end + <see cref="TurnScoring.AnswerWindow"/> ≤ session end). The robot onset of a turn
/// is the first <see cref="TurnEventKind.RobotMotionStarted"/> at or after the turn's labelled start (for
/// the session's first turn: at or after the session's start, so that a robot that joins a gesture before its
/// labelled start, as a human follower may, still has its onset counted, as a false start of the alternating
/// turn) and before the next turn's start. Robot activity runs from each onset to the next finish, yield completion,
/// safety hold or partner loss (or the session end).
/// </summary>
public static class SessionScoring
{
    /// <summary>True when <paramref name="turn"/>'s answer window has closed by <paramref name="now"/>.</summary>
    public static bool IsScorable(PartnerTurnRecord turn, TimeSpan now)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.End + TurnScoring.AnswerWindow <= now;
    }

    /// <summary>Scores the session.</summary>
    public static SessionReport Score(SessionLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var info = log.Info;
        var partners = log.PartnerTurns.OrderBy(t => t.Start).ToList();
        var onsets = log.Events
            .Where(e => e.Kind == TurnEventKind.RobotMotionStarted)
            .Select(e => e.EventTime ?? e.Time)
            .Order()
            .ToList();

        var scored = new List<ScoredTurn>();
        for (var i = 0; i < partners.Count; i++)
        {
            var turn = partners[i];
            if (!IsScorable(turn, info.End))
            {
                continue;
            }

            var nextStart = i + 1 < partners.Count ? partners[i + 1].Start : TimeSpan.MaxValue;
            var from = i == 0 ? info.Start : turn.Start;
            TimeSpan? onset = null;
            foreach (var o in onsets)
            {
                if (o >= from && o < nextStart)
                {
                    onset = o;
                    break;
                }
            }

            scored.Add(new ScoredTurn(turn, onset, TurnScoring.Score(turn.End, onset, turn.FollowerOnset)));
        }

        var outcomes = scored.Select(s => s.Outcome).ToList();
        var summary = PolicySummary.From(info.Policy, outcomes);
        var partnerActivity = partners.Select(p => new ActivityInterval(p.Start, p.End < info.End ? p.End : info.End)).Where(a => a.End > a.Start).ToList();
        var robotActivity = RobotActivity(log.Events, info.End);
        FluencyMeasures? fluency = info.End > info.Start
            ? FluencyMeasures.Compute(info.Start, info.End, partnerActivity, robotActivity)
            : null;
        return new SessionReport(
            info,
            scored,
            summary,
            outcomes.Count(o => o.Kind == TurnOutcomeKind.Answered),
            outcomes.Count(o => o.Kind == TurnOutcomeKind.FalseStart),
            outcomes.Count(o => o.Kind == TurnOutcomeKind.Missed),
            log.Events.Count(e => e.Kind == TurnEventKind.PartnerResumed),
            fluency,
            partnerActivity,
            robotActivity);
    }

    /// <summary>The robot's motion intervals from the controller's events.</summary>
    public static IReadOnlyList<ActivityInterval> RobotActivity(IReadOnlyList<TurnEvent> events, TimeSpan sessionEnd)
    {
        ArgumentNullException.ThrowIfNull(events);
        var intervals = new List<ActivityInterval>();
        TimeSpan? start = null;
        foreach (var e in events.OrderBy(e => e.Time))
        {
            var at = e.EventTime ?? e.Time;
            switch (e.Kind)
            {
                case TurnEventKind.RobotMotionStarted when start is null:
                    start = at;
                    break;
                case TurnEventKind.RobotFinished or TurnEventKind.YieldCompleted or TurnEventKind.SafetyHoldEntered or TurnEventKind.PartnerLost when start is { } s:
                    if (at > s)
                    {
                        intervals.Add(new ActivityInterval(s, at));
                    }

                    start = null;
                    break;
            }
        }

        if (start is { } open && sessionEnd > open)
        {
            intervals.Add(new ActivityInterval(open, sessionEnd));
        }

        return intervals;
    }
}
