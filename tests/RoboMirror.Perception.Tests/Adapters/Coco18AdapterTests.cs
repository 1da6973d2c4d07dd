using System.Numerics;
using RoboMirror.Perception.Adapters;
using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Tests.Adapters;

public sealed class Coco18AdapterTests
{
    [Fact]
    public void Convert_FacingCamera_Gives2DSkeletonWithLeftHandUpAndLeft()
    {
        var skeleton = new CanonicalSkeleton();

        var rejection = Coco18Adapter.Convert(TestPoses.Coco18(), TimeSpan.FromMilliseconds(40), skeleton, "body_a");

        Assert.Equal(FrameRejection.None, rejection);
        Assert.Equal(SkeletonSpace.Image2D, skeleton.Space);
        Assert.Equal("body_a", skeleton.PersonId);
        Assert.Throws<InvalidOperationException>(() => skeleton.Position(CanonicalJoint.Head));
        var hand = skeleton.PlanarPosition(CanonicalJoint.LeftHand);
        Assert.True(hand.X > 0.9f && hand.Y > 0.5f, $"left hand at {hand}");
        Assert.Equal(0.5f, skeleton.PlanarPosition(CanonicalJoint.LeftShoulder).X, 4);
        Assert.True(skeleton.PlanarPosition(CanonicalJoint.Torso).Y < -1f, "torso (mid-hips) is below");
        Assert.Equal(0.2f, skeleton.Frame.Scale, 4);
    }

    [Fact]
    public void Convert_FacingAway_SameBodyPoseButForwardIntoTheScene()
    {
        var front = new CanonicalSkeleton();
        var back = new CanonicalSkeleton();

        Coco18Adapter.Convert(TestPoses.Coco18(), TimeSpan.Zero, front);
        Coco18Adapter.Convert(TestPoses.Coco18(facingAway: true), TimeSpan.Zero, back);

        foreach (var joint in CanonicalJoints.All)
        {
            Assert.True(Vector2.Distance(front.PlanarPosition(joint), back.PlanarPosition(joint)) < 1e-4f, CanonicalJoints.Name(joint));
        }

        Assert.True(Vector3.Transform(Vector3.UnitX, front.Frame.Orientation).Z < -0.99f, "facing the camera: forward is -w");
        Assert.True(Vector3.Transform(Vector3.UnitX, back.Frame.Orientation).Z > 0.99f, "facing away: forward is +w");
    }

    [Fact]
    public void Convert_WideImage_AspectMakesAxesIsotropic()
    {
        // In a 2:1 image a hand 0.15 of the height above the shoulders is 0.075 image widths above them.
        var square = new CanonicalSkeleton();
        var wide = new CanonicalSkeleton();

        Coco18Adapter.Convert(TestPoses.Coco18(), TimeSpan.Zero, square);
        Coco18Adapter.Convert(TestPoses.Coco18(), TimeSpan.Zero, wide, imageAspect: 2f);

        Assert.Equal(0.75f, square.PlanarPosition(CanonicalJoint.LeftHand).Y, 4);
        Assert.Equal(0.375f, wide.PlanarPosition(CanonicalJoint.LeftHand).Y, 4);
        Assert.Equal(square.Frame.Scale, wide.Frame.Scale, 4);
        Assert.Throws<ArgumentOutOfRangeException>(() => Coco18Adapter.Convert(TestPoses.Coco18(), TimeSpan.Zero, wide, imageAspect: 0f));
    }

    [Fact]
    public void Convert_UndetectedWrist_IsUntracked()
    {
        var values = TestPoses.Coco18();
        values[(7 * 3) + 2] = 0f;
        values[7 * 3] = float.NaN; // garbage coordinates of an undetected point do not matter
        var skeleton = new CanonicalSkeleton();

        Assert.Equal(FrameRejection.None, Coco18Adapter.Convert(values, TimeSpan.Zero, skeleton));
        Assert.False(skeleton.IsTracked(CanonicalJoint.LeftHand));
    }

    [Fact]
    public void Convert_PointFarOutsideImage_IsAbsurd()
    {
        var values = TestPoses.Coco18();
        values[0] = 7f;

        Assert.Equal(FrameRejection.AbsurdCoordinate, Coco18Adapter.Convert(values, TimeSpan.Zero, new CanonicalSkeleton()));
    }

    [Fact]
    public void Convert_NaNConfidence_IsNonFinite()
    {
        var values = TestPoses.Coco18();
        values[2] = float.NaN;

        Assert.Equal(FrameRejection.NonFinite, Coco18Adapter.Convert(values, TimeSpan.Zero, new CanonicalSkeleton()));
    }
}
