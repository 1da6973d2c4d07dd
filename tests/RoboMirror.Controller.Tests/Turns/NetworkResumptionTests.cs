using RoboMirror.Controller.Inputs;
using RoboMirror.Controller.Policies;
using RoboMirror.Controller.Turns;

namespace RoboMirror.Controller.Tests.Turns;

/// <summary>
/// A partner who never stops moving after the command (hands still moving after a gesture) has resumed only once the
/// predicted end is overrun by <see cref="TurnSettings.ResumeGrace"/>, unless the mirror network first saw the
/// gesture end and then sees a gesture under way again: then the robot yields at once.
/// </summary>
public sealed class NetworkResumptionTests
{
    private static TimeSpan Ms(int milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    private static MirrorEstimate Waving(TimeSpan t, TimeSpan timeToEnd) => new(t, "waving", 0.9, timeToEnd, Confidence: 0.8, "wave");

    private static MirrorEstimate Ending(TimeSpan t) => new(t, GestureNames.None, 0.9, Ms(50), Confidence: 0.8);

    [Fact]
    public void NetworkSawTheEndThenAGestureAgain_RobotYieldsBeforeTheGraceRunsOut()
    {
        var script = new TurnScript(new MirrorPolicy(new TimingSettings())) { ArmMotionDuration = TimeSpan.FromSeconds(4) };

        // The gesture ends at 2.0 s but the partner never looks still; from 2.8 s the network sees waving again.
        script.Run(Ms(6000), t => t >= Ms(500),
            mirror: t => t < Ms(2000) ? Waving(t, Ms(2000) - t) : t < Ms(2800) ? Ending(t) : Waving(t, Ms(1800)));

        var resumed = script.FirstEvent(TurnEventKind.PartnerResumed);
        Assert.True(resumed is not null, string.Join("\n", script.Events.Select(e => $"{e.Time} {e.Kind} {e.Evidence}")));
        Assert.Equal(Ms(2800), resumed.Time);
        Assert.Contains("the network saw the gesture end", resumed.Evidence, StringComparison.Ordinal);
        Assert.True(resumed.Time < Ms(2000) + new TurnSettings().ResumeGrace);
    }

    [Fact]
    public void NetworkNeverSawTheEnd_OnlyTheGraceDecides()
    {
        var script = new TurnScript(new MirrorPolicy(new TimingSettings())) { ArmMotionDuration = TimeSpan.FromSeconds(4) };

        // The network keeps predicting the end at 2.0 s, then (after it) a long gesture, without ever reading an end.
        script.Run(Ms(6000), t => t >= Ms(500),
            mirror: t => t < Ms(1900) ? Waving(t, Ms(2000) - t) : Waving(t, Ms(1800)));

        var resumed = script.FirstEvent(TurnEventKind.PartnerResumed);
        Assert.True(resumed is null || resumed.Time >= Ms(2000) + new TurnSettings().ResumeGrace, $"resumed at {resumed?.Time}");
    }

    [Fact]
    public void JointTurn_NetworkSeesTheGestureItJoins_RobotDoesNotYield()
    {
        var script = new TurnScript(new ReactiveJointPolicy(new TimingSettings())) { ArmMotionDuration = TimeSpan.FromSeconds(3) };

        // Onset readings say "no gesture", then the network recognises the gesture the robot joined.
        script.Run(Ms(5000), t => t >= Ms(500), mirror: t => t < Ms(1200) ? Ending(t) : Waving(t, Ms(1800)));

        Assert.NotNull(script.FirstEvent(TurnEventKind.CommandSent));
        Assert.Null(script.FirstEvent(TurnEventKind.PartnerResumed));
    }
}
