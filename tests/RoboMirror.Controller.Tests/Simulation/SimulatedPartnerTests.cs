using RoboMirror.Controller.Simulation;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Controller.Tests.Simulation;

public sealed class SimulatedPartnerTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);

    private static List<GestureClip> Clips(int seed) =>
        SyntheticGestures.Names.Select(n => SyntheticGestures.Create(n, new Random(seed))).ToList();

    /// <summary>Runs the partner against a robot that answers 300 ms after each end, for 1.5 s.</summary>
    private static (SimulatedPartner Partner, List<double> HandHeights) Play(PartnerBehaviour behaviour, int seed, double seconds, string? only = null)
    {
        var clips = only is null ? Clips(seed) : [SyntheticGestures.Create(only, new Random(seed))];
        var partner = new SimulatedPartner(clips, behaviour, new Random(seed), TimeSpan.FromSeconds(0.5));
        var frame = new CanonicalSkeleton();
        var heights = new List<double>();
        for (var now = TimeSpan.Zero; now < TimeSpan.FromSeconds(seconds); now += Step)
        {
            var last = partner.Turns.Count > 0 ? partner.Turns[^1] : null;
            var robotMoving = last is not null && now >= last.End + TimeSpan.FromMilliseconds(300) && now < last.End + TimeSpan.FromMilliseconds(1800);
            partner.Step(now, robotMoving, frame);
            Assert.Equal(now, frame.Timestamp);
            heights.Add(frame.Position(CanonicalJoint.RightHand).Z);
        }

        return (partner, heights);
    }

    [Fact]
    public void Play_TakesTurnsWithTheRobot_GestureAfterGesture()
    {
        var (partner, _) = Play(new PartnerBehaviour { HesitationProbability = 0, ResumeProbability = 0 }, seed: 1, seconds: 30);

        Assert.True(partner.Turns.Count >= 4, $"only {partner.Turns.Count} turns in 30 s");
        for (var i = 1; i < partner.Turns.Count; i++)
        {
            // Each gesture starts after the robot's 1.5 s answer plus a reaction delay.
            Assert.True(partner.Turns[i].Start > partner.Turns[i - 1].End + TimeSpan.FromSeconds(1.8), $"turn {i} started at {partner.Turns[i].Start}");
        }
    }

    [Fact]
    public void Play_SameSeed_SameSession()
    {
        var behaviour = new PartnerBehaviour();

        var (a, ha) = Play(behaviour, seed: 7, seconds: 20);
        var (b, hb) = Play(behaviour, seed: 7, seconds: 20);

        Assert.Equal(a.Turns, b.Turns);
        Assert.Equal(ha, hb);
    }

    [Fact]
    public void Hesitation_FreezesTheArmMidGesture()
    {
        // Waving moves the hand continuously, so a still run inside the activity can only be the hesitation.
        var (partner, heights) = Play(new PartnerBehaviour { HesitationProbability = 1, ResumeProbability = 0 }, seed: 3, seconds: 12, only: "waving");

        var first = partner.Turns[0];
        Assert.True(first.Hesitated);
        var from = (int)(first.Start / Step) + 1;
        var to = (int)(first.End / Step) - 1;
        var longestStill = 0;
        var run = 0;
        for (var i = from + 1; i <= to; i++)
        {
            run = heights[i] == heights[i - 1] ? run + 1 : 0;
            longestStill = Math.Max(longestStill, run);
        }

        // Inside the labelled activity the hand stands still for at least the shortest hesitation.
        Assert.True(longestStill * Step >= new PartnerBehaviour().HesitationMin - Step, $"longest still run {longestStill * Step}");
    }

    [Fact]
    public void Resume_StartsAGestureWhileTheRobotAnswers()
    {
        var (partner, _) = Play(new PartnerBehaviour { HesitationProbability = 0, ResumeProbability = 1 }, seed: 5, seconds: 15);

        Assert.Contains(partner.Turns, t => t.Overlap);
    }

    [Fact]
    public void SyntheticWave_RaisesTheHandAboveTheShoulder()
    {
        var clip = SyntheticGestures.Create("waving", new Random(1));

        var top = clip.Frames.Max(f => f.Position(CanonicalJoint.RightHand).Z);
        var rest = clip.Frames[0].Position(CanonicalJoint.RightHand).Z;

        Assert.True(top > 0.4f, $"hand peaked at {top}");
        Assert.True(rest < -1f, $"hand rests at {rest}");
    }

    [Fact]
    public void MinimumJerk_StartsAndEndsAtRestAndPassesTheMiddleAtHalfTime()
    {
        Assert.Equal(0, MinimumJerk.Progress(0));
        Assert.Equal(1, MinimumJerk.Progress(1));
        Assert.Equal(0.5, MinimumJerk.Progress(0.5), precision: 12);
        Assert.True(MinimumJerk.Progress(0.01) < 1e-4);
    }

    [Fact]
    public void Constructor_NoClips_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new SimulatedPartner([], new PartnerBehaviour(), new Random(1), TimeSpan.Zero));
    }
}
