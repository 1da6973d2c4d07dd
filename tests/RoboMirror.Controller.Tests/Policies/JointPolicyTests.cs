using RoboMirror.Controller.Inputs;
using RoboMirror.Controller.Policies;
using RoboMirror.Controller.Tests.Turns;
using RoboMirror.Controller.Turns;

namespace RoboMirror.Controller.Tests.Policies;

/// <summary>
/// The joint-turn policies (the robot joins the partner's gesture while it is under way), driven through the state
/// machine by <see cref="TurnScript"/>'s scripted 100 Hz clock.
/// </summary>
public sealed class JointPolicyTests
{
    private static readonly TimingSettings Timing = new();

    private static TimeSpan Ms(int milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    private static bool Between(TimeSpan t, int fromMs, int toMs) => t >= Ms(fromMs) && t < Ms(toMs);

    private static MirrorEstimate Reading(TimeSpan t, string gesture, double probability, int timeToEndMs, double confidence = 0.8) =>
        new(t, gesture, probability, Ms(timeToEndMs), confidence);

    [Fact]
    public void ReactiveJoint_CommandsReactiveHoldAfterTheDetectedOnset_WhileThePartnerIsStillMoving()
    {
        var script = new TurnScript(new ReactiveJointPolicy(Timing)) { ArmMotionDuration = TimeSpan.FromSeconds(3) };

        // The partner moves 0.5-3.0 s; the robot's 3 s answer overlaps all the rest of it.
        script.Run(Ms(4500), t => Between(t, 500, 3000));

        var start = Assert.Single(script.Decisions, d => d.Decision.Command == ControllerCommand.StartAnswer);
        Assert.Equal(Ms(500) + Timing.ReactiveHold, start.Time);
        Assert.Equal(Ms(500) + Timing.ReactiveHold + script.ArmLatency, script.FirstEvent(TurnEventKind.RobotMotionStarted)!.EventTime);
        Assert.Null(script.FirstEvent(TurnEventKind.PartnerResumed));
        Assert.DoesNotContain(script.Decisions, d => d.Decision.Command == ControllerCommand.Yield);
        Assert.NotNull(script.FirstEvent(TurnEventKind.RobotFinished));
    }

    [Fact]
    public void MirrorJoint_RecognisedAfterTheJoinTime_CommandsOnRecognition()
    {
        var script = new TurnScript(new MirrorJointPolicy(Timing));

        // Onset 0.5 s; JointLag 0 puts the join at 0.5 s − ArmLatency, already past when "waving" is recognised at 1.0 s.
        script.Run(Ms(3000), t => Between(t, 500, 3000),
            mirror: t => t < Ms(1000) ? Reading(t, GestureNames.None, 0.9, 500) : Reading(t, "waving", 0.9, 500));

        var command = script.FirstEvent(TurnEventKind.CommandSent)!;
        Assert.Equal((Ms(1000), Ms(1000)), (command.Time, command.EventTime!.Value));
        Assert.Contains("joining on recognising the gesture", command.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void MirrorJoint_RecognisedBeforeTheJoinTime_MotionStartsJointLagAfterTheOnset()
    {
        var settings = Timing with { JointLag = Ms(1200) };
        var script = new TurnScript(new MirrorJointPolicy(settings));

        script.Run(Ms(3000), t => Between(t, 500, 3000),
            mirror: t => t < Ms(1000) ? Reading(t, GestureNames.None, 0.9, 500) : Reading(t, "waving", 0.9, 500));

        var command = script.FirstEvent(TurnEventKind.CommandSent)!;
        Assert.Equal(Ms(500) + settings.JointLag - settings.ArmLatency, command.Time);
        Assert.Equal(Ms(500) + settings.JointLag, script.FirstEvent(TurnEventKind.RobotMotionStarted)!.EventTime);
    }

    [Fact]
    public void MirrorJoint_ConfidentLongTimeToEndWithoutAGesture_CountsAsAnInteractionUnderWay()
    {
        var script = new TurnScript(new MirrorJointPolicy(Timing));

        // From 0.8 s the model reads "no gesture" but projects the activity to go on for 1.5 s (>= MirrorContinuingTimeToEnd).
        script.Run(Ms(3000), t => Between(t, 500, 3000),
            mirror: t => Reading(t, GestureNames.None, 0.9, t < Ms(800) ? 500 : 1500));

        Assert.Equal(Ms(800), script.FirstEventTime(TurnEventKind.CommandSent));
    }

    public static TheoryData<string, double, int, double> NotInteractions => new()
    {
        { GestureNames.None, 0.9, 500, 0.8 }, // no gesture, short time to end
        { "waving", 0.3, 500, 0.8 }, // gesture below MirrorMinGestureProbability
        { "waving", 0.9, 1500, 0.1 }, // gesture with a long time to end, but the projection unsure
    };

    [Theory]
    [MemberData(nameof(NotInteractions))]
    public void MirrorJoint_WithoutARecognisedGestureOrAConfidentLongTimeToEnd_NeverCommands(string gesture, double probability, int timeToEndMs, double confidence)
    {
        var script = new TurnScript(new MirrorJointPolicy(Timing));

        script.Run(Ms(5000), t => Between(t, 500, 4000), mirror: t => Reading(t, gesture, probability, timeToEndMs, confidence));

        Assert.Equal([TurnEventKind.PartnerStarted], script.Events.Select(e => e.Kind));
        Assert.Equal(TurnState.PartnerTurn, script.Machine.State);
    }

    [Fact]
    public void MirrorJoint_ReadingFromBeforeThePartnersOnset_DoesNotCount()
    {
        var script = new TurnScript(new MirrorJointPolicy(Timing));

        // A stale estimate (its frame at 0.4 s, before the onset at 0.5 s) recognising "waving".
        script.Run(Ms(3000), t => Between(t, 500, 3000), mirror: _ => Reading(Ms(400), "waving", 0.9, 500));

        Assert.Null(script.FirstEvent(TurnEventKind.CommandSent));
    }

    [Fact]
    public void OracleJoint_CommandsAtTheLabelledFollowerOnsetMinusTheArmLatency()
    {
        var script = new TurnScript(new OracleJointPolicy(Timing));

        script.Run(Ms(3000), t => Between(t, 500, 3000), labelledFollowerOnset: Ms(1200));

        Assert.Equal(Ms(1200) - Timing.ArmLatency, script.FirstEventTime(TurnEventKind.CommandSent));
        Assert.Equal(Ms(1200), script.FirstEvent(TurnEventKind.RobotMotionStarted)!.EventTime);
    }

    [Fact]
    public void OracleJoint_FollowerOnsetAlreadyPast_CommandsAtTheFirstStepOfTheTurn()
    {
        var script = new TurnScript(new OracleJointPolicy(Timing));

        // The follower moved at 0.3 s, before the partner was seen moving (0.5 s): the plan is due at once.
        script.Run(Ms(3000), t => Between(t, 500, 3000), labelledFollowerOnset: Ms(300));

        var command = script.FirstEvent(TurnEventKind.CommandSent)!;
        Assert.Equal((Ms(510), Ms(300) - Timing.ArmLatency), (command.Time, command.EventTime!.Value));
    }

    [Fact]
    public void OracleJoint_WithoutALabelledFollowerOnset_StaysUndecided()
    {
        var script = new TurnScript(new OracleJointPolicy(Timing));

        script.Run(Ms(5000), t => Between(t, 500, 4000));

        Assert.Equal([TurnEventKind.PartnerStarted], script.Events.Select(e => e.Kind));
        Assert.Equal(TurnState.PartnerTurn, script.Machine.State);
        Assert.Null(script.Machine.ScheduledCommand);

        var policy = new OracleJointPolicy(Timing);
        var plan = policy.Plan(new ControllerInput(Ms(1000), null, null, null), new PartnerTurnContext(Ms(500), null));
        Assert.Null(plan.CommandAt);
        Assert.Contains("no labelled follower onset", plan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReactiveJoint_RobotDoneWhilePartnerStillMoving_DoesNotJoinTheSameMovementTwice()
    {
        var script = new TurnScript(new ReactiveJointPolicy(new TimingSettings()));

        // One long movement (0.5-4 s) outlasting the robot's 1.5 s answer, then a second one after a pause.
        script.Run(TimeSpan.FromSeconds(9), t => (t >= TimeSpan.FromSeconds(0.5) && t < TimeSpan.FromSeconds(4)) || (t >= TimeSpan.FromSeconds(5) && t < TimeSpan.FromSeconds(6.5)));

        var commands = script.Events.Where(e => e.Kind == TurnEventKind.CommandSent).Select(e => e.Time).ToList();
        Assert.Equal(2, commands.Count);
        Assert.True(commands[1] >= TimeSpan.FromSeconds(5), $"the second command came at {commands[1]}, before the second movement");
        Assert.Contains("same movement", script.FirstEvent(TurnEventKind.RobotFinished)!.Evidence, StringComparison.Ordinal);
    }
}
