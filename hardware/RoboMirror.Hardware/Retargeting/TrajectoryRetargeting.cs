using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Kinematics;
using RoboMirror.Hardware.Trajectories;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Hardware.Retargeting;

/// <summary>A retargeted recording: the trajectory and how faithfully it follows the person's hand.</summary>
/// <param name="Trajectory">Joint trajectory from the arm's home pose, timed as the skeleton stream was.</param>
/// <param name="Side">The person's arm that drove it.</param>
/// <param name="TrackedFraction">Share of frames in which that arm was tracked (and not an outlier).</param>
/// <param name="ClampedFraction">Share of frames whose hand target had to be moved into the workspace.</param>
/// <param name="MeanTrackingError">Mean distance (m) between the scaled hand target and the flange.</param>
public sealed record RetargetedMotion(JointTrajectory Trajectory, ArmSide Side, double TrackedFraction, double ClampedFraction, double MeanTrackingError);

/// <summary>Retargets a whole recorded skeleton sequence into a joint trajectory (offline; allocates).</summary>
public static class TrajectoryRetargeting
{
    /// <summary>
    /// Retargets <paramref name="frames"/> onto <paramref name="arm"/>. <paramref name="side"/> null picks the
    /// person's arm that is tracked most and moves most. Frames whose time does not advance are skipped.
    /// </summary>
    public static RetargetedMotion Retarget(ArmDescription arm, IReadOnlyList<CanonicalSkeleton> frames, ArmSide? side = null, RetargetingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(arm);
        ArgumentNullException.ThrowIfNull(frames);
        if (frames.Count == 0)
        {
            throw new ArgumentException("There is nothing to retarget: the skeleton sequence is empty.", nameof(frames));
        }

        var chosen = side ?? ChooseSide(frames);
        var retargeter = new ArmRetargeter(arm, chosen, options);
        var points = new List<JointTrajectoryPoint>(frames.Count);
        var targets = new double[arm.JointCount];
        var start = frames[0].Timestamp;
        int tracked = 0, clamped = 0;
        var errorSum = 0.0;
        var previous = TimeSpan.MinValue;
        foreach (var frame in frames)
        {
            if (frame.Timestamp <= previous)
            {
                continue;
            }

            previous = frame.Timestamp;
            var result = retargeter.Update(frame, targets);
            tracked += result.Tracked ? 1 : 0;
            clamped += result.Clamped ? 1 : 0;
            errorSum += result.TrackingError;
            points.Add(new JointTrajectoryPoint(targets, frame.Timestamp - start, retargeter.Velocities.ToArray()));
        }

        return new RetargetedMotion(
            new JointTrajectory(arm.JointNames(), points),
            chosen,
            (double)tracked / points.Count,
            (double)clamped / points.Count,
            errorSum / points.Count);
    }

    /// <summary>The person's arm that is tracked in more frames; between equals, the one whose hand travels farther.</summary>
    public static ArmSide ChooseSide(IReadOnlyList<CanonicalSkeleton> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var (rightCount, rightPath) = Activity(frames, CanonicalJoint.RightHand);
        var (leftCount, leftPath) = Activity(frames, CanonicalJoint.LeftHand);
        if (rightCount != leftCount && Math.Abs(rightCount - leftCount) > frames.Count / 10)
        {
            return rightCount > leftCount ? ArmSide.Right : ArmSide.Left;
        }

        return leftPath > rightPath ? ArmSide.Left : ArmSide.Right;
    }

    /// <summary>The flange path (m, base frame) that a trajectory's points produce.</summary>
    public static IReadOnlyList<Pose> FlangePath(ArmDescription arm, JointTrajectory trajectory)
    {
        ArgumentNullException.ThrowIfNull(arm);
        ArgumentNullException.ThrowIfNull(trajectory);
        return trajectory.Points.Select(p => arm.Kinematics.FlangePose(p.Positions.ToArray())).ToList();
    }

    private static (int Count, double Path) Activity(IReadOnlyList<CanonicalSkeleton> frames, CanonicalJoint hand)
    {
        var count = 0;
        var path = 0.0;
        System.Numerics.Vector3? last = null;
        foreach (var frame in frames)
        {
            if (frame.Space != SkeletonSpace.Body3D || !frame.IsTracked(hand))
            {
                continue;
            }

            count++;
            var p = frame.Position(hand);
            if (last is { } l)
            {
                path += (p - l).Length();
            }

            last = p;
        }

        return (count, path);
    }
}
