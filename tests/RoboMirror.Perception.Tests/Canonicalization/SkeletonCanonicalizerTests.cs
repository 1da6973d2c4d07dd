using System.Numerics;
using RoboMirror.Perception.Adapters;
using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Tests.Canonicalization;

public sealed class SkeletonCanonicalizerTests
{
    private static CanonicalSkeleton ConvertKinect(float[] values, ReadOnlySpan<float> confidences = default)
    {
        var skeleton = new CanonicalSkeleton();
        Assert.Equal(FrameRejection.None, KinectV1Adapter.Convert(values, confidences, TimeSpan.FromSeconds(1), skeleton));
        return skeleton;
    }

    [Fact]
    public void Convert_PersonFacingSensor_BodyAxesPointForwardLeftUp()
    {
        var skeleton = ConvertKinect(TestPoses.KinectV1FacingSensor());

        // Shoulders at +-0.5 shoulder widths on y, origin between them.
        Assert.Equal(0.5f, skeleton.Position(CanonicalJoint.LeftShoulder).Y, 3);
        Assert.Equal(-0.5f, skeleton.Position(CanonicalJoint.RightShoulder).Y, 3);
        Assert.True(skeleton.Position(CanonicalJoint.Head).Z > 0.5f, "head is above the shoulders");
        Assert.True(skeleton.Position(CanonicalJoint.LeftHand).Y > 1f, "left hand is out to the person's left");
        Assert.True(skeleton.Position(CanonicalJoint.RightHand).X > 0.05f, "right hand, nearer the sensor, is in front of the body");

        // Forward (+x of the body) points at the sensor, which is at -z in the Kinect frame.
        var forward = Vector3.Transform(Vector3.UnitX, skeleton.Frame.Orientation);
        Assert.True(forward.Z < -0.99f, $"forward is {forward}");
        Assert.Equal(0.4f, skeleton.Frame.Scale, 4);
    }

    [Fact]
    public void Convert_ShiftedPerson_SameBodyPoseDifferentOrigin()
    {
        var here = ConvertKinect(TestPoses.KinectV1FacingSensor());
        var there = ConvertKinect(TestPoses.KinectV1FacingSensor(new Vector3(1f, 0.3f, 1f)));

        foreach (var joint in CanonicalJoints.All)
        {
            Assert.True(Vector3.Distance(here.Position(joint), there.Position(joint)) < 1e-4f, CanonicalJoints.Name(joint));
        }

        Assert.True(Vector3.Distance(there.Frame.Origin - here.Frame.Origin, new Vector3(1f, 0.3f, 1f)) < 1e-5f);
    }

    [Fact]
    public void Convert_FrameToSource_RecoversSourcePositions()
    {
        var values = TestPoses.KinectV1FacingSensor();
        var skeleton = ConvertKinect(values);

        var hand = skeleton.Frame.ToSource(skeleton.Position(CanonicalJoint.LeftHand));

        Assert.True(Vector3.Distance(hand, new Vector3(values[21], values[22], values[23])) < 1e-5f, $"{hand}");
    }

    [Fact]
    public void Convert_NaNInTrackedJoint_RejectsFrameAndLeavesTargetUntouched()
    {
        var values = TestPoses.KinectV1FacingSensor();
        values[7 * 3] = float.NaN;
        var skeleton = new CanonicalSkeleton { PersonId = "before" };

        var rejection = KinectV1Adapter.Convert(values, default, TimeSpan.Zero, skeleton);

        Assert.Equal(FrameRejection.NonFinite, rejection);
        Assert.Equal("before", skeleton.PersonId);
    }

    [Fact]
    public void Convert_InfinityInIgnoredFootJoint_IsAccepted()
    {
        var values = TestPoses.KinectV1FacingSensor();
        values[19 * 3] = float.PositiveInfinity;

        Assert.Equal(FrameRejection.None, KinectV1Adapter.Convert(values, default, TimeSpan.Zero, new CanonicalSkeleton()));
    }

    [Fact]
    public void Convert_CoordinateKilometresAway_IsAbsurd()
    {
        var values = TestPoses.KinectV1FacingSensor();
        values[(3 * 3) + 2] = 4000f;

        Assert.Equal(FrameRejection.AbsurdCoordinate, KinectV1Adapter.Convert(values, default, TimeSpan.Zero, new CanonicalSkeleton()));
    }

    [Fact]
    public void Convert_ShoulderAtOrigin_ShouldersMissing()
    {
        var values = TestPoses.KinectV1FacingSensor();
        values.AsSpan(4 * 3, 3).Clear();

        Assert.Equal(FrameRejection.ShouldersMissing, KinectV1Adapter.Convert(values, default, TimeSpan.Zero, new CanonicalSkeleton()));
    }

    [Fact]
    public void Convert_CollapsedShoulders_ImplausibleWidth()
    {
        var values = TestPoses.KinectV1FacingSensor();
        values[4 * 3] = values[8 * 3] - 0.01f;

        Assert.Equal(FrameRejection.ImplausibleShoulderWidth, KinectV1Adapter.Convert(values, default, TimeSpan.Zero, new CanonicalSkeleton()));
    }

    [Fact]
    public void Convert_OnlyShouldersTracked_NoUpReference()
    {
        var values = TestPoses.KinectV1FacingSensor();
        var confidences = new float[20];
        confidences[4] = 1f;
        confidences[8] = 1f;

        Assert.Equal(FrameRejection.NoUpReference, KinectV1Adapter.Convert(values, confidences, TimeSpan.Zero, new CanonicalSkeleton()));
    }

    [Fact]
    public void Convert_TooFewValues_WrongValueCount()
    {
        Assert.Equal(FrameRejection.WrongValueCount, KinectV1Adapter.Convert(new float[59], default, TimeSpan.Zero, new CanonicalSkeleton()));
    }

    [Fact]
    public void Convert_LowConfidenceJoint_IsUntrackedButFrameAccepted()
    {
        var confidences = Enumerable.Repeat(1f, 20).ToArray();
        confidences[5] = 0.05f;

        var skeleton = ConvertKinect(TestPoses.KinectV1FacingSensor(), confidences);

        Assert.False(skeleton.IsTracked(CanonicalJoint.LeftElbow));
        Assert.True(skeleton.IsTracked(CanonicalJoint.LeftHand));
    }

    [Fact]
    public void Convert_LeftHandedSource_IsMirroredSoLeftStaysLeft()
    {
        // Bütepage frames are left-handed: x is mirrored relative to Kinect v1. The same person written
        // that way (x negated, millimetres) must give the same body pose.
        var kinect = TestPoses.KinectV1FacingSensor();
        var skeleton = ConvertKinect(kinect);
        int[] order = [1, 3, 8, 4, 9, 5, 11, 7]; // torso, head, R/L shoulder, R/L elbow, R/L hand
        var buetepage = new float[24];
        for (var i = 0; i < 8; i++)
        {
            buetepage[i * 3] = -kinect[order[i] * 3] * 1000f;
            buetepage[(i * 3) + 1] = kinect[(order[i] * 3) + 1] * 1000f;
            buetepage[(i * 3) + 2] = kinect[(order[i] * 3) + 2] * 1000f;
        }

        var mirrored = new CanonicalSkeleton();
        Assert.Equal(FrameRejection.None, Buetepage8Adapter.Convert(buetepage, default, TimeSpan.Zero, mirrored));

        Assert.True(Vector3.Distance(skeleton.Position(CanonicalJoint.LeftHand), mirrored.Position(CanonicalJoint.LeftHand)) < 1e-3f);
        Assert.False(mirrored.IsTracked(CanonicalJoint.Neck));
    }
}
