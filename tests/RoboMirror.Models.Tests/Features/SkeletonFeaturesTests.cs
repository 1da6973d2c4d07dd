using System.Numerics;
using RoboMirror.Models.Features;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Models.Tests.Features;

public sealed class SkeletonFeaturesTests
{
    [Fact]
    public void Write_TrackedAndUntrackedJoints_FillsPositionAndConfidenceOrZeros()
    {
        var skeleton = new CanonicalSkeleton(SkeletonSpace.Body3D);
        skeleton.Set(CanonicalJoint.LeftHand, new Vector3(0.5f, 1f, -0.25f), 0.8f);
        var frame = new float[SkeletonFeatures.Count];
        frame.AsSpan().Fill(9f);

        SkeletonFeatures.Write(skeleton, frame);

        var hand = (int)CanonicalJoint.LeftHand * SkeletonFeatures.PerJoint;
        Assert.Equal([0.5f, 1f, -0.25f, 0.8f], frame[hand..(hand + 4)]);
        Assert.Equal(SkeletonFeatures.Count - 4, frame.Count(v => v == 0f));
    }

    [Fact]
    public void Write_PlanarSkeleton_PutsZeroDepth()
    {
        var skeleton = new CanonicalSkeleton(SkeletonSpace.Image2D);
        skeleton.SetPlanar(CanonicalJoint.Head, new Vector2(0.1f, 1.2f), 1f);
        var frame = new float[SkeletonFeatures.Count];

        SkeletonFeatures.Write(skeleton, frame);

        Assert.Equal([0f, 0.1f, 1.2f, 1f], frame[0..4]);
    }

    [Fact]
    public void Interpolate_JointUntrackedOnOneSide_TakesNearerFrameUnchanged()
    {
        var before = new float[SkeletonFeatures.Count];
        var after = new float[SkeletonFeatures.Count];
        before[0] = 1f;
        before[3] = 1f;
        after[0] = 0f;
        after[3] = 0f;
        var output = new float[SkeletonFeatures.Count];

        SkeletonFeatures.Interpolate(before, after, 0.25f, output);

        Assert.Equal(1f, output[0]);
        Assert.Equal(1f, output[3]);
    }
}
