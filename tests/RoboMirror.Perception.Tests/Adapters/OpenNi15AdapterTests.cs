using System.Numerics;
using RoboMirror.Perception.Adapters;
using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Tests.Adapters;

public sealed class OpenNi15AdapterTests
{
    [Fact]
    public void Convert_MillimetreFrame_SameBodyPoseAsKinectInMetres()
    {
        // OpenNI order: head, neck, torso, L shoulder/elbow/hand, R shoulder/elbow/hand, hips, knees, feet.
        var kinect = TestPoses.KinectV1FacingSensor();
        int[] fromKinect = [3, 2, 1, 4, 5, 7, 8, 9, 11, 12, 13, 15, 16, 17, 19];
        var openNi = new float[45];
        for (var i = 0; i < 15; i++)
        {
            for (var a = 0; a < 3; a++)
            {
                openNi[(i * 3) + a] = kinect[(fromKinect[i] * 3) + a] * 1000f;
            }
        }

        var expected = new CanonicalSkeleton();
        var actual = new CanonicalSkeleton();
        KinectV1Adapter.Convert(kinect, default, TimeSpan.Zero, expected);

        Assert.Equal(FrameRejection.None, OpenNi15Adapter.Convert(openNi, default, TimeSpan.Zero, actual));
        foreach (var joint in CanonicalJoints.All)
        {
            Assert.True(Vector3.Distance(expected.Position(joint), actual.Position(joint)) < 1e-3f, CanonicalJoints.Name(joint));
        }

        Assert.Equal(0.4f, actual.Frame.Scale, 4);
    }
}
