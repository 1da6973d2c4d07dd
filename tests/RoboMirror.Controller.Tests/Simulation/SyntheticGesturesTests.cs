using RoboMirror.Controller.Simulation;
using RoboMirror.Perception.Segmentation;
using RoboMirror.Perception.Skeleton;
using RoboMirror.Perception.Streaming;

namespace RoboMirror.Controller.Tests.Simulation;

public sealed class SyntheticGesturesTests
{
    [Theory]
    [InlineData("waving")]
    [InlineData("shaking")]
    [InlineData("fist_bump")]
    public void Gesture_ThroughPerceptionWithDefaultSettings_IsSeenAsActivityInsideItsLabels(string gesture)
    {
        var clip = SyntheticGestures.Create(gesture, new Random(1));
        var pipeline = new PerceptionPipeline();
        var segmenter = new ActivitySegmenter();
        TimeSpan? started = null;
        pipeline.FeaturesReady += features =>
        {
            if (segmenter.Update(features.Timestamp, features.MotionEnergy, features.HandDrift) == ActivityChange.Started)
            {
                started ??= segmenter.ChangedAt;
            }
        };

        // The clip, then two seconds of its rest pose, so the pipeline releases every frame.
        foreach (var frame in clip.Frames)
        {
            pipeline.Push(frame);
        }

        var rest = clip.Frames[^1].Clone();
        for (var t = clip.Duration; t < clip.Duration + TimeSpan.FromSeconds(2); t += TimeSpan.FromSeconds(1.0 / 30))
        {
            rest.Timestamp = t;
            pipeline.Push(rest);
        }

        Assert.NotNull(started);
        Assert.InRange(started!.Value, clip.ActivityStart, clip.ActivityEnd);
    }
}
