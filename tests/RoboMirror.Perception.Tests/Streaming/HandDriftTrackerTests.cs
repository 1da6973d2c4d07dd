using System.Numerics;
using RoboMirror.Perception.Streaming;

namespace RoboMirror.Perception.Tests.Streaming;

public sealed class HandDriftTrackerTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(500);

    [Fact]
    public void Update_JitteringStillHand_DriftsFarLessThanItsFrameToFrameSpeed()
    {
        var tracker = new HandDriftTracker(Window);
        var random = new Random(3);
        var drift = 0f;
        var frameSpeeds = new List<float>();
        var previous = Vector3.Zero;
        for (var i = 0; i < 90; i++)
        {
            // ±0.03 shoulder widths of jitter around one place, at 30 Hz.
            var position = new Vector3(Jitter(random), Jitter(random), Jitter(random));
            drift = tracker.Update(TimeSpan.FromSeconds(i / 30.0), position);
            frameSpeeds.Add(Vector3.Distance(position, previous) * 30f);
            previous = position;
        }

        Assert.True(drift < 0.2f, $"drift {drift}");
        Assert.True(frameSpeeds.Average() > 1f, $"frame-to-frame speed {frameSpeeds.Average()}");
    }

    [Fact]
    public void Update_SteadySlowMovement_GivesItsSpeed()
    {
        var tracker = new HandDriftTracker(Window);
        var drift = 0f;
        for (var i = 0; i < 60; i++)
        {
            var t = i / 30.0;
            drift = tracker.Update(TimeSpan.FromSeconds(t), new Vector3(0f, 0f, (float)(0.5 * t)));
        }

        Assert.Equal(0.5f, drift, 3);
    }

    [Fact]
    public void Update_SpanShorterThanHalfTheWindow_GivesZero()
    {
        var tracker = new HandDriftTracker(Window);

        Assert.Equal(0f, tracker.Update(TimeSpan.Zero, Vector3.Zero));
        Assert.Equal(0f, tracker.Update(TimeSpan.FromMilliseconds(200), Vector3.One));
        Assert.True(tracker.Update(TimeSpan.FromMilliseconds(300), Vector3.One) > 0f);
    }

    [Fact]
    public void Reset_ForgetsThePast()
    {
        var tracker = new HandDriftTracker(Window);
        tracker.Update(TimeSpan.Zero, Vector3.Zero);
        tracker.Update(TimeSpan.FromMilliseconds(300), Vector3.One);

        tracker.Reset();

        Assert.Equal(0f, tracker.Update(TimeSpan.FromMilliseconds(400), new Vector3(5f, 5f, 5f)));
    }

    [Fact]
    public void Update_ZeroWindow_IsOff()
    {
        var tracker = new HandDriftTracker(TimeSpan.Zero);
        tracker.Update(TimeSpan.Zero, Vector3.Zero);

        Assert.Equal(0f, tracker.Update(TimeSpan.FromSeconds(1), Vector3.One));
    }

    private static float Jitter(Random random) => (float)((random.NextDouble() * 0.06) - 0.03);
}
