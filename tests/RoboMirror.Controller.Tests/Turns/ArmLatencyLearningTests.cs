using RoboMirror.Controller.Inputs;
using RoboMirror.Controller.Policies;
using RoboMirror.Controller.Turns;

namespace RoboMirror.Controller.Tests.Turns;

/// <summary>
/// The controller learns the arm's command-to-motion delay from its own answers, so that an arm slower than configured
/// is compensated from the second answer on.
/// </summary>
public sealed class ArmLatencyLearningTests
{
    private static TimeSpan Ms(int milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    private static List<TimeSpan> Onsets(bool learn)
    {
        // The real arm needs 300 ms from command to motion, not the configured 170 ms.
        var script = new TurnScript(new MirrorPolicy(new TimingSettings()), new TurnSettings { LearnArmLatency = learn }) { ArmLatency = Ms(300) };

        // Two gestures, ending at 2.0 s and 6.0 s, each read correctly by the network.
        static TimeSpan EndOf(TimeSpan t) => t < Ms(4000) ? Ms(2000) : Ms(6000);
        script.Run(Ms(8000), t => (t >= Ms(500) && t < Ms(2000)) || (t >= Ms(4500) && t < Ms(6000)),
            mirror: t => new MirrorEstimate(t, "waving", 0.9, EndOf(t) - t > TimeSpan.Zero ? EndOf(t) - t : TimeSpan.Zero, 0.8, "wave"));

        return [.. script.Events.Where(e => e.Kind == TurnEventKind.RobotMotionStarted).Select(e => e.EventTime!.Value)];
    }

    [Fact]
    public void SlowerArmThanConfigured_SecondAnswerStartsAtTheTargetGap()
    {
        var onsets = Onsets(learn: true);

        Assert.Equal(2, onsets.Count);
        Assert.Equal(Ms(2000 + 200 + 130), onsets[0]);
        Assert.Equal(Ms(6000 + 200), onsets[1]);
    }

    [Fact]
    public void LearningOff_EveryAnswerIsLateByTheMisconfiguredLatency()
    {
        var onsets = Onsets(learn: false);

        Assert.Equal(2, onsets.Count);
        Assert.Equal(Ms(6000 + 200 + 130), onsets[1]);
    }
}
