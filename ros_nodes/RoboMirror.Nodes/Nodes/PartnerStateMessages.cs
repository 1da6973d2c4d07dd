using System.Numerics;
using RoboMirror.Perception.Skeleton;
using RoboMirror.Perception.Streaming;
using RoboMirror.Ros.Messages.RobomirrorMsgs;
using RosVector3 = RoboMirror.Ros.Messages.GeometryMsgs.Vector3;

namespace RoboMirror.Nodes.Nodes;

/// <summary>Fills robomirror_msgs/PartnerState from canonical skeletons and features, and reads it back.</summary>
internal static class PartnerStateMessages
{
    /// <summary>The frame id of joints in the partner-centred canonical body frame.</summary>
    public const string BodyFrame = "partner_body";

    /// <summary>Writes a raw skeleton (joints and confidences; no velocities or energies).</summary>
    public static void FillSkeleton(PartnerState message, CanonicalSkeleton skeleton, string partnerId)
    {
        message.Header.Stamp = SessionTime.Stamp(skeleton.Timestamp);
        message.Header.FrameId = BodyFrame;
        message.PartnerId = partnerId;
        message.Tracked = true;
        WriteJoints(message, skeleton);
        message.Active = false;
    }

    /// <summary>Writes perception's view: filtered joints, hand velocities, arm energies, hand drifts and activity.</summary>
    public static void FillFeatures(PartnerState message, PersonFeatures features, bool active) =>
        Fill(message, features, features.Skeleton, active);

    /// <summary>As <see cref="FillFeatures"/>, with the joints as observed, before filtering (<see cref="PersonFeatures.Observed"/>).</summary>
    public static void FillObserved(PartnerState message, PersonFeatures features, bool active) =>
        Fill(message, features, features.Observed, active);

    private static void Fill(PartnerState message, PersonFeatures features, CanonicalSkeleton skeleton, bool active)
    {
        message.Header.Stamp = SessionTime.Stamp(features.Timestamp);
        message.Header.FrameId = BodyFrame;
        message.PartnerId = features.PersonId;
        message.Tracked = true;
        WriteJoints(message, skeleton);
        message.LeftHandVelocity = ToRos(features.Velocity(CanonicalJoint.LeftHand));
        message.RightHandVelocity = ToRos(features.Velocity(CanonicalJoint.RightHand));
        message.LeftArmMotionEnergy = features.LeftArmEnergy;
        message.RightArmMotionEnergy = features.RightArmEnergy;
        message.LeftHandDrift = features.LeftHandDrift;
        message.RightHandDrift = features.RightHandDrift;
        message.Active = active;
    }

    /// <summary>Marks the partner as lost: confidences 0, not active.</summary>
    public static void FillLost(PartnerState message, TimeSpan now, string partnerId)
    {
        message.Header.Stamp = SessionTime.Stamp(now);
        message.Header.FrameId = BodyFrame;
        message.PartnerId = partnerId;
        message.Tracked = false;
        Array.Clear(message.Confidences);
        message.LeftArmMotionEnergy = 0;
        message.RightArmMotionEnergy = 0;
        message.LeftHandDrift = 0;
        message.RightHandDrift = 0;
        message.Active = false;
    }

    /// <summary>
    /// Reads the joints into a 3D canonical skeleton stamped with the message's header. A tracked joint (confidence
    /// above 0) whose position is not a finite number or whose confidence is above 1, or a confidence that is not a
    /// number, makes the whole frame unusable: false, with <paramref name="problem"/> naming the joint and the value
    /// (<paramref name="target"/> is then partly written; do not use it).
    /// </summary>
    public static bool TryReadSkeleton(PartnerState message, CanonicalSkeleton target, out string? problem)
    {
        target.Reset(SkeletonSpace.Body3D);
        target.Timestamp = SessionTime.Of(message.Header.Stamp);
        target.PersonId = string.IsNullOrEmpty(message.PartnerId) ? "partner" : message.PartnerId;
        var count = Math.Min(CanonicalJoints.Count, Math.Min(message.Joints.Length, message.Confidences.Length));
        for (var i = 0; i < count; i++)
        {
            var confidence = message.Confidences[i];
            var p = message.Joints[i];
            if (float.IsNaN(confidence) || confidence > 1f)
            {
                problem = $"joint {CanonicalJoints.Name((CanonicalJoint)i)} has confidence {confidence} (expected 0 to 1)";
                return false;
            }

            if (confidence > 0f)
            {
                if (!double.IsFinite(p.X) || !double.IsFinite(p.Y) || !double.IsFinite(p.Z))
                {
                    problem = $"joint {CanonicalJoints.Name((CanonicalJoint)i)} is at ({p.X}, {p.Y}, {p.Z}), not a finite position";
                    return false;
                }

                target.Set((CanonicalJoint)i, new Vector3((float)p.X, (float)p.Y, (float)p.Z), confidence);
            }
        }

        problem = null;
        return true;
    }

    private static void WriteJoints(PartnerState message, CanonicalSkeleton skeleton)
    {
        for (var i = 0; i < CanonicalJoints.Count; i++)
        {
            var joint = (CanonicalJoint)i;
            var tracked = skeleton.IsTracked(joint);
            var p = skeleton.Space == SkeletonSpace.Body3D
                ? skeleton.Position(joint)
                : new Vector3(0f, skeleton.PlanarPosition(joint).X, skeleton.PlanarPosition(joint).Y);
            var point = message.Joints[i];
            point.X = tracked ? p.X : 0;
            point.Y = tracked ? p.Y : 0;
            point.Z = tracked ? p.Z : 0;
            message.Confidences[i] = skeleton.Confidence(joint);
        }
    }

    private static RosVector3 ToRos(Vector3 v) => new() { X = v.X, Y = v.Y, Z = v.Z };
}
