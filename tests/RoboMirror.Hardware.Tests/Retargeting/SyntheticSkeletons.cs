using System.Numerics;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Hardware.Tests.Retargeting;

/// <summary>Canonical skeletons of a person doing simple, known movements (body frame, shoulder widths).</summary>
internal static class SyntheticSkeletons
{
    public static readonly Vector3 RightShoulder = new(0, -0.5f, 0);

    /// <summary>A right-hand wave: hand raised beside the head, swinging left-right at <paramref name="hertz"/>.</summary>
    public static List<CanonicalSkeleton> Wave(double seconds, double hertz, double rate = 30)
    {
        var frames = new List<CanonicalSkeleton>();
        for (var i = 0; i <= seconds * rate; i++)
        {
            var t = i / rate;
            var swing = (float)(0.35 * Math.Sin(2 * Math.PI * hertz * t));
            var hand = RightShoulder + new Vector3(0.4f, -0.3f + swing, 1.1f);
            frames.Add(Frame(TimeSpan.FromSeconds(t), hand));
        }

        return frames;
    }

    public static CanonicalSkeleton Frame(TimeSpan time, Vector3 rightHand, bool rightTracked = true)
    {
        var skeleton = new CanonicalSkeleton(SkeletonSpace.Body3D) { Timestamp = time };
        skeleton.Set(CanonicalJoint.Head, new Vector3(0, 0, 0.8f), 1);
        skeleton.Set(CanonicalJoint.Neck, new Vector3(0, 0, 0.3f), 1);
        skeleton.Set(CanonicalJoint.Torso, new Vector3(0, 0, -1f), 1);
        skeleton.Set(CanonicalJoint.LeftShoulder, new Vector3(0, 0.5f, 0), 1);
        skeleton.Set(CanonicalJoint.LeftElbow, new Vector3(0, 0.55f, -0.8f), 1);
        skeleton.Set(CanonicalJoint.LeftHand, new Vector3(0.1f, 0.55f, -1.6f), 1);
        skeleton.Set(CanonicalJoint.RightShoulder, RightShoulder, 1);
        if (rightTracked)
        {
            skeleton.Set(CanonicalJoint.RightElbow, (RightShoulder + rightHand) / 2, 1);
            skeleton.Set(CanonicalJoint.RightHand, rightHand, 1);
        }

        return skeleton;
    }
}
