using System.Numerics;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Tests.Streaming;

/// <summary>Canonical frames for pipeline tests: a person standing still except for the left hand.</summary>
internal static class StreamFrames
{
    public static CanonicalSkeleton At(double seconds, string id = "p1", float leftHandZ = 0f, bool withLeftHand = true)
    {
        var s = new CanonicalSkeleton { Timestamp = TimeSpan.FromSeconds(seconds), PersonId = id };
        s.Frame = new BodyFrame(new Vector3(0f, 0f, 2f), Quaternion.Identity, 0.4f);
        s.Set(CanonicalJoint.Head, new Vector3(0f, 0f, 0.7f), 1f);
        s.Set(CanonicalJoint.Neck, new Vector3(0f, 0f, 0.1f), 1f);
        s.Set(CanonicalJoint.Torso, new Vector3(0f, 0f, -1f), 1f);
        s.Set(CanonicalJoint.LeftShoulder, new Vector3(0f, 0.5f, 0f), 1f);
        s.Set(CanonicalJoint.RightShoulder, new Vector3(0f, -0.5f, 0f), 1f);
        s.Set(CanonicalJoint.LeftElbow, new Vector3(0f, 0.6f, -0.7f), 1f);
        s.Set(CanonicalJoint.RightElbow, new Vector3(0f, -0.6f, -0.7f), 1f);
        s.Set(CanonicalJoint.RightHand, new Vector3(0.2f, -0.6f, -1.3f), 1f);
        if (withLeftHand)
        {
            s.Set(CanonicalJoint.LeftHand, new Vector3(0.2f, 0.6f, leftHandZ), 1f);
        }

        return s;
    }
}
