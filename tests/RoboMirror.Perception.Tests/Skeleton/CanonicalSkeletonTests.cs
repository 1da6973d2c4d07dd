using System.Numerics;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Tests.Skeleton;

public sealed class CanonicalSkeletonTests
{
    [Fact]
    public void NewSkeleton_HasNoTrackedJoint()
    {
        var skeleton = new CanonicalSkeleton();

        Assert.All(CanonicalJoints.All, j => Assert.False(skeleton.IsTracked(j)));
    }

    [Fact]
    public void Set_ThenRead_ReturnsPositionAndConfidence()
    {
        var skeleton = new CanonicalSkeleton();

        skeleton.Set(CanonicalJoint.LeftHand, new Vector3(0.2f, 0.9f, -0.5f), 0.75f);

        Assert.Equal(new Vector3(0.2f, 0.9f, -0.5f), skeleton.Position(CanonicalJoint.LeftHand));
        Assert.Equal(0.75f, skeleton.Confidence(CanonicalJoint.LeftHand));
        Assert.Equal(new Vector2(0.9f, -0.5f), skeleton.PlanarPosition(CanonicalJoint.LeftHand));
    }

    [Fact]
    public void TwoDimensionalSkeleton_RefusesToInventDepth()
    {
        var skeleton = new CanonicalSkeleton(SkeletonSpace.Image2D);
        skeleton.SetPlanar(CanonicalJoint.Head, new Vector2(0f, 1.2f), 1f);

        Assert.Throws<InvalidOperationException>(() => skeleton.Position(CanonicalJoint.Head));
        Assert.Throws<InvalidOperationException>(() => skeleton.Set(CanonicalJoint.Head, Vector3.One, 1f));
        Assert.Equal(new Vector2(0f, 1.2f), skeleton.PlanarPosition(CanonicalJoint.Head));
    }

    [Theory]
    [InlineData(float.NaN, 0f)]
    [InlineData(float.PositiveInfinity, 0f)]
    public void Set_NonFinitePosition_IsRefused(float x, float y)
    {
        var skeleton = new CanonicalSkeleton();

        var error = Assert.Throws<ArgumentException>(() => skeleton.Set(CanonicalJoint.Neck, new Vector3(x, y, 0f), 1f));
        Assert.Contains("neck", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1f)]
    [InlineData(1.5f)]
    [InlineData(float.NaN)]
    public void Set_ConfidenceOutsideUnitInterval_IsRefused(float confidence)
    {
        var skeleton = new CanonicalSkeleton();

        Assert.Throws<ArgumentOutOfRangeException>(() => skeleton.Set(CanonicalJoint.Neck, Vector3.Zero, confidence));
    }

    [Fact]
    public void CopyTo_CopiesEverything()
    {
        var source = new CanonicalSkeleton { Timestamp = TimeSpan.FromSeconds(3), PersonId = "b7" };
        source.Frame = new BodyFrame(new Vector3(1, 2, 3), Quaternion.CreateFromAxisAngle(Vector3.UnitZ, 0.5f), 0.4f);
        source.Set(CanonicalJoint.RightElbow, new Vector3(0.1f, -0.8f, -0.9f), 0.5f);
        var target = new CanonicalSkeleton(SkeletonSpace.Image2D);

        source.CopyTo(target);

        Assert.Equal(SkeletonSpace.Body3D, target.Space);
        Assert.Equal(TimeSpan.FromSeconds(3), target.Timestamp);
        Assert.Equal("b7", target.PersonId);
        Assert.Equal(source.Frame, target.Frame);
        Assert.Equal(source.Position(CanonicalJoint.RightElbow), target.Position(CanonicalJoint.RightElbow));
        Assert.Equal(0.5f, target.Confidence(CanonicalJoint.RightElbow));
    }

    [Fact]
    public void BodyFrame_ToSourceThenToBody_RoundTrips()
    {
        var frame = new BodyFrame(new Vector3(0.3f, -1.1f, 2.4f), Quaternion.Normalize(new Quaternion(0.1f, 0.7f, -0.2f, 0.6f)), 0.38f);
        var body = new Vector3(0.2f, 1f, -1.5f);

        var back = frame.ToBody(frame.ToSource(body));

        Assert.True(Vector3.Distance(body, back) < 1e-5f, $"{body} came back as {back}");
    }

    [Fact]
    public void JointNames_ParseBackToTheSameJoint()
    {
        foreach (var joint in CanonicalJoints.All)
        {
            Assert.True(CanonicalJoints.TryParse(CanonicalJoints.Name(joint), out var parsed));
            Assert.Equal(joint, parsed);
        }

        Assert.False(CanonicalJoints.TryParse("left_foot", out _));
    }
}
