using RoboMirror.Controller.Inputs;
using RoboMirror.Controller.Policies;
using RoboMirror.Controller.Tests.Turns;
using RoboMirror.Controller.Turns;

namespace RoboMirror.Controller.Tests.Policies;

/// <summary>
/// The mirror policy near the end of a gesture: "no gesture" after a recognised one, asymmetric smoothing, pauses
/// while the network sees the gesture continuing, and the answer the model gave. All on <see cref="TurnScript"/>'s
/// scripted 100 Hz clock; the partner's Moving flag is the activity segmenter's verdict, scripted directly.
/// </summary>
public sealed class MirrorPolicyEndingTests
{
    private static readonly TimingSettings Timing = new();

    private static TimeSpan Ms(int milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    private static bool Between(TimeSpan t, int fromMs, int toMs) => t >= Ms(fromMs) && t < Ms(toMs);

    private static MirrorEstimate Waving(TimeSpan t, TimeSpan timeToEnd, string? answer = null) =>
        new(t, "waving", 0.9, timeToEnd, Confidence: 0.8, answer);

    private static MirrorEstimate NoGesture(TimeSpan t, TimeSpan timeToEnd) =>
        new(t, GestureNames.None, 0.8, timeToEnd, Confidence: 0.8);

    [Fact]
    public void NoGestureAfterARecognisedGesture_ItsShortTimeToEndStillCounts_MotionStartsAtThatEndPlusTheGap()
    {
        var script = new TurnScript(new MirrorPolicy(Timing));

        // Recognised "waving" ending at 2.5 s; from 1.5 s the model reads "no gesture" ending at 2.0 s. The segmenter
        // reports the partner still only at 3.0 s (its off-latency), so the reactive rule would command at 3.1 s.
        script.Run(Ms(4000), t => Between(t, 500, 3000),
            mirror: t => t < Ms(1500) ? Waving(t, Ms(2500) - t) : t < Ms(2000) ? NoGesture(t, Ms(2000) - t) : null);

        var rescheduled = script.FirstEvent(TurnEventKind.OnsetRescheduled)!;
        Assert.Equal(Ms(1500), rescheduled.Time);
        Assert.Contains("gesture ending", rescheduled.Evidence, StringComparison.Ordinal);
        var command = script.FirstEvent(TurnEventKind.CommandSent)!;
        Assert.Equal(Ms(2000) + Timing.TargetGap - Timing.ArmLatency, command.Time);
        Assert.Equal(Ms(2000) + Timing.TargetGap, script.FirstEvent(TurnEventKind.RobotMotionStarted)!.EventTime);
        Assert.Single(script.Events, e => e.Kind == TurnEventKind.CommandSent);
    }

    [Fact]
    public void NoGestureWithoutAnyRecognisedGestureInTheTurn_FallsBackToTheReactiveRule()
    {
        var script = new TurnScript(new MirrorPolicy(Timing));

        // The same confident "no gesture ending at 2.0 s" readings, but nothing was recognised before them.
        script.Run(Ms(4000), t => Between(t, 500, 3000),
            mirror: t => t < Ms(2000) ? NoGesture(t, Ms(2000) - t) : null);

        Assert.Equal(Ms(3000) + Timing.ReactiveHold, script.FirstEventTime(TurnEventKind.CommandSent));
        Assert.Contains("reactive fallback", script.FirstEvent(TurnEventKind.OnsetScheduled)!.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void EarlierPrediction_IsTakenAtOnceByDefault()
    {
        var script = new TurnScript(new MirrorPolicy(Timing));

        // Predicted end 3.0 s until 1.2 s, then 2.0 s. The first plan is at 0.9 s (MirrorMinPartnerActive after 0.5 s).
        script.Run(Ms(1200), t => Between(t, 500, 5000),
            mirror: t => Waving(t, (t < Ms(1200) ? Ms(3000) : Ms(2000)) - t));

        var scheduled = script.FirstEvent(TurnEventKind.OnsetScheduled)!;
        Assert.Equal((Ms(900), Ms(3000) + Timing.TargetGap - Timing.ArmLatency), (scheduled.Time, scheduled.EventTime!.Value));
        var rescheduled = script.FirstEvent(TurnEventKind.OnsetRescheduled)!;
        Assert.Equal((Ms(1200), Ms(2000) + Timing.TargetGap - Timing.ArmLatency), (rescheduled.Time, rescheduled.EventTime!.Value));
        Assert.Equal(Ms(2000), script.Machine.PredictedPartnerEnd);
    }

    [Fact]
    public void LaterPrediction_IsTakenOnlyByTheMirrorSmoothingWeight()
    {
        var script = new TurnScript(new MirrorPolicy(Timing));

        // Predicted end 2.0 s until 1.2 s, then 3.0 s: the running end moves 30 % of the way, to 2.3 s.
        script.Run(Ms(1200), t => Between(t, 500, 5000),
            mirror: t => Waving(t, (t < Ms(1200) ? Ms(2000) : Ms(3000)) - t));

        Assert.Equal(0.3, Timing.MirrorSmoothing);
        Assert.Equal(Ms(2000) + Timing.TargetGap - Timing.ArmLatency, script.FirstEvent(TurnEventKind.OnsetScheduled)!.EventTime);
        var rescheduled = script.FirstEvent(TurnEventKind.OnsetRescheduled)!;
        Assert.Equal((Ms(1200), Ms(2300) + Timing.TargetGap - Timing.ArmLatency), (rescheduled.Time, rescheduled.EventTime!.Value));
        Assert.Equal(Ms(2300), script.Machine.PredictedPartnerEnd);
    }

    [Fact]
    public void EarlierPrediction_WithMirrorSmoothingEarlierBelowOne_IsBlendedByThatWeight()
    {
        var script = new TurnScript(new MirrorPolicy(Timing with { MirrorSmoothingEarlier = 0.5 }));

        script.Run(Ms(1200), t => Between(t, 500, 5000),
            mirror: t => Waving(t, (t < Ms(1200) ? Ms(3000) : Ms(2000)) - t));

        Assert.Equal(Ms(2500) + Timing.TargetGap - Timing.ArmLatency, script.FirstEvent(TurnEventKind.OnsetRescheduled)!.EventTime);
    }

    [Fact]
    public void PartnerPausesWhileTheGestureLooksUnderWay_NoCommandDuringThePause()
    {
        var script = new TurnScript(new MirrorPolicy(Timing));

        // The partner holds still 1.5-2.5 s mid-gesture; the model keeps recognising "waving" ending at 3.5 s, so its
        // time to end stays >= MirrorContinuingTimeToEnd (1 s) through the pause. The reactive rule alone would
        // command at 1.6 s.
        script.Run(Ms(5000), t => Between(t, 500, 1500) || Between(t, 2500, 3500),
            mirror: t => t < Ms(3500) ? Waving(t, Ms(3500) - t) : null);

        Assert.Equal(TimeSpan.FromSeconds(1), Timing.MirrorContinuingTimeToEnd);
        var command = script.FirstEvent(TurnEventKind.CommandSent)!;
        Assert.Equal(Ms(3500) + Timing.TargetGap - Timing.ArmLatency, command.Time);
        Assert.Single(script.Events, e => e.Kind == TurnEventKind.CommandSent);
        Assert.Null(script.FirstEvent(TurnEventKind.PartnerResumed));
        Assert.Equal(Ms(3500) + Timing.TargetGap, script.FirstEvent(TurnEventKind.RobotMotionStarted)!.EventTime);
    }

    [Fact]
    public void PartnerPausesWhileTheModelSeesAShortTimeToEnd_TheReactiveBoundApplies()
    {
        var script = new TurnScript(new MirrorPolicy(Timing));

        // As above, but from the pause on the model expects the end within 0.5 s: the partner is done, not pausing.
        script.Run(Ms(2000), t => Between(t, 500, 1500) || Between(t, 2500, 3500),
            mirror: t => Waving(t, t < Ms(1500) ? Ms(3500) - t : Ms(500)));

        var command = script.FirstEvent(TurnEventKind.CommandSent)!;
        Assert.Equal(Ms(1500) + Timing.ReactiveHold, command.Time);
        Assert.Contains("partner stopped before the predicted end", command.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void PartnerPausesWhileTheModelIsUnsure_TheReactiveRuleApplies()
    {
        var script = new TurnScript(new MirrorPolicy(Timing));

        // A long time to end, but below MirrorMinConfidence during the pause: the network does not see a continuing gesture.
        script.Run(Ms(2000), t => Between(t, 500, 1500) || Between(t, 2500, 3500),
            mirror: t => Waving(t, Ms(3500) - t) with { Confidence = t < Ms(1500) ? 0.8 : 0.1 });

        Assert.Equal(Ms(1500) + Timing.ReactiveHold, script.FirstEventTime(TurnEventKind.CommandSent));
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(3000)]
    public void PauseLongerThanMirrorPauseLimit_CommandsAtTheReactiveTimePlusTheLimit(int limitMs)
    {
        var limit = Ms(limitMs);
        var script = new TurnScript(new MirrorPolicy(Timing with { MirrorPauseLimit = limit }));

        // The partner stops at 1.5 s for good; the model keeps seeing "waving" ending at 10 s (at least 1 s to go).
        script.Run(Ms(6000), t => Between(t, 500, 1500), mirror: t => Waving(t, Ms(10_000) - t));

        var command = script.FirstEvent(TurnEventKind.CommandSent)!;
        Assert.Equal(Ms(1500) + Timing.ReactiveHold + limit, command.Time);
        Assert.Equal(command.Time, command.EventTime);
        Assert.Contains("partner paused for long", command.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void AnswerCommanded_IsTheLastAnswerOfTheTurn_EvenWhenTheNewestReadingHasNone()
    {
        var script = new TurnScript(new MirrorPolicy(Timing));

        // Answers "fist_bump" then "high_five" while the gesture is under way; from 1.5 s "no gesture" without an answer.
        script.Run(Ms(3000), t => Between(t, 500, 2000),
            mirror: t => t < Ms(1000) ? Waving(t, Ms(2000) - t, "fist_bump")
                : t < Ms(1500) ? Waving(t, Ms(2000) - t, "high_five")
                : t < Ms(2000) ? NoGesture(t, Ms(2000) - t)
                : null);

        var start = Assert.Single(script.Decisions, d => d.Decision.Command == ControllerCommand.StartAnswer);
        Assert.Equal(Ms(2000) + Timing.TargetGap - Timing.ArmLatency, start.Time);
        Assert.Equal("high_five", start.Decision.AnswerId);
        Assert.StartsWith("answer 'high_five'", script.FirstEvent(TurnEventKind.CommandSent)!.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void AnswerOfAPreviousTurn_IsForgottenAtTheNextPartnerTurn()
    {
        var turnSettings = new TurnSettings();
        var script = new TurnScript(new MirrorPolicy(Timing), turnSettings);

        // Turn 1 (0.5-2.0 s) answers "high_five"; the robot finishes at 3.7 s. Turn 2 (4.5-6.0 s) gives no answer.
        script.Run(Ms(7000), t => Between(t, 500, 2000) || Between(t, 4500, 6000),
            mirror: t => t < Ms(2000) ? Waving(t, Ms(2000) - t, "high_five")
                : Between(t, 4000, 6000) ? Waving(t, Ms(6000) - t)
                : null);

        var answers = script.Decisions.Where(d => d.Decision.Command == ControllerCommand.StartAnswer).ToList();
        Assert.Equal(2, answers.Count);
        Assert.Equal(("high_five", Ms(2000) + Timing.TargetGap - Timing.ArmLatency), (answers[0].Decision.AnswerId, answers[0].Time));
        Assert.Equal((turnSettings.DefaultAnswer, Ms(6000) + Timing.TargetGap - Timing.ArmLatency), (answers[1].Decision.AnswerId, answers[1].Time));
    }

    [Fact]
    public void ReadingOfAnEarlierMovement_IsIgnoredByThePolicyAndTheAnswer()
    {
        var script = new TurnScript(new MirrorPolicy(Timing));

        // The node still holds a reading of an earlier movement (its frame at 0.3 s, "waving" with an answer) when the
        // partner starts at 1.5 s; fresh readings then say only "no gesture".
        script.Run(Ms(5000), t => Between(t, 1500, 3000),
            mirror: t => t < Ms(1600) ? Waving(Ms(300), Ms(1000), "fist_bump") : t < Ms(3000) ? NoGesture(t, Ms(3000) - t) : null);

        Assert.Equal(Ms(3000) + Timing.ReactiveHold, script.FirstEventTime(TurnEventKind.CommandSent));
        Assert.StartsWith($"answer '{new TurnSettings().DefaultAnswer}'", script.FirstEvent(TurnEventKind.CommandSent)!.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsureReadingAfterConfidentOnes_KeepsTheLastPrediction()
    {
        var script = new TurnScript(new MirrorPolicy(Timing));

        // Confident "waving ending at 2.0 s", then from 1.5 s readings too unsure to use; the partner keeps moving.
        script.Run(Ms(4000), t => Between(t, 500, 3500),
            mirror: t => t < Ms(1500) ? Waving(t, Ms(2000) - t) : new MirrorEstimate(t, "waving", 0.9, Ms(300), Confidence: 0.1));

        Assert.Null(script.FirstEvent(TurnEventKind.OnsetWithdrawn));
        Assert.Equal(Ms(2000) + Timing.TargetGap - Timing.ArmLatency, script.FirstEventTime(TurnEventKind.CommandSent));
    }
}
