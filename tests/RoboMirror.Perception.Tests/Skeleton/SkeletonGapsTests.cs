using System.Numerics;
using RoboMirror.Perception.Datasets.Buetepage;
using RoboMirror.Perception.Skeleton;
using RoboMirror.Perception.Tests.Streaming;
using RoboMirror.Testing;

namespace RoboMirror.Perception.Tests.Skeleton;

public sealed class SkeletonGapsTests
{
    [Fact]
    public void Interpolate_ShortGap_FilledLinearlyWithHalfConfidence()
    {
        var frames = new[]
        {
            StreamFrames.At(0.0, leftHandZ: 0f),
            StreamFrames.At(0.1, withLeftHand: false),
            StreamFrames.At(0.2, withLeftHand: false),
            StreamFrames.At(0.3, leftHandZ: 0.3f),
        };

        var filled = SkeletonGaps.Interpolate(frames, TimeSpan.FromMilliseconds(300));

        Assert.Equal(2, filled);
        Assert.Equal(0.1f, frames[1].Position(CanonicalJoint.LeftHand).Z, 4);
        Assert.Equal(0.2f, frames[2].Position(CanonicalJoint.LeftHand).Z, 4);
        Assert.Equal(0.5f, frames[1].Confidence(CanonicalJoint.LeftHand));
    }

    [Fact]
    public void Interpolate_GapLongerThanAllowed_StaysUntracked()
    {
        var frames = new[] { StreamFrames.At(0.0), StreamFrames.At(0.2, withLeftHand: false), StreamFrames.At(0.5) };

        Assert.Equal(0, SkeletonGaps.Interpolate(frames, TimeSpan.FromMilliseconds(300)));
        Assert.False(frames[1].IsTracked(CanonicalJoint.LeftHand));
    }

    [Fact]
    public void Interpolate_FrameWithoutBodyFrame_GetsInterpolatedFrameAndJoints()
    {
        var empty = new CanonicalSkeleton { Timestamp = TimeSpan.FromSeconds(0.1), PersonId = "p1" };
        var after = StreamFrames.At(0.2);
        after.Frame = after.Frame with { Origin = after.Frame.Origin + new Vector3(0.2f, 0f, 0f) };
        var frames = new[] { StreamFrames.At(0.0), empty, after };

        SkeletonGaps.Interpolate(frames, TimeSpan.FromMilliseconds(300));

        Assert.True(empty.IsTracked(CanonicalJoint.LeftShoulder));
        Assert.Equal(0.1f, empty.Frame.Origin.X, 4);
        Assert.Equal(0.4f, empty.Frame.Scale, 4);
    }

    [RequiresRecordingsFact(BuetepageReader.DatasetName)]
    public void Interpolate_BuetepageShoulderGlitches_AreBridgedWithin200Ms()
    {
        var waving = BuetepageReader.ReadAll(Recordings.RequireDataset(BuetepageReader.DatasetName)).Single(i => i.Name == "waving/pair_1_rec_0");
        var frames = waving.Persons[1].Frames;
        Assert.Contains(frames, f => !f.IsTracked(CanonicalJoint.LeftShoulder));

        SkeletonGaps.Interpolate(frames, TimeSpan.FromMilliseconds(200));

        Assert.All(frames, f => Assert.True(f.IsTracked(CanonicalJoint.LeftShoulder)));
    }
}
