using System.Numerics;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Streaming;

/// <summary>Filtering, gap bridging and features of one released frame.</summary>
internal sealed partial class PersonTrack
{
    // A step in time longer than this many estimated periods counts the frames in between as dropped.
    private const double DropFactor = 1.5;

    private readonly OneEuroFilter[] _filters = new OneEuroFilter[CanonicalJoints.Count];
    private readonly Vector3[] _previousVelocity = new Vector3[CanonicalJoints.Count];
    private readonly Vector3[] _acceleration = new Vector3[CanonicalJoints.Count];
    private readonly TimeSpan[] _lastObserved = new TimeSpan[CanonicalJoints.Count];
    private readonly float[] _lastConfidence = new float[CanonicalJoints.Count];
    private OneEuroFilter _origin;
    private readonly HandDriftTracker _leftDrift;
    private readonly HandDriftTracker _rightDrift;
    private BodyFrame _frame = BodyFrame.Identity;
    private TimeSpan? _lastProcessed;
    private double _period;

    private void Process(CanonicalSkeleton frame)
    {
        var t = frame.Timestamp;
        var dt = StepSeconds(t);
        frame.CopyTo(Features.Observed);
        var output = Features.Skeleton;
        output.Reset(Space);
        output.Timestamp = t;
        output.PersonId = Id;
        if (frame.IsTracked(CanonicalJoint.LeftShoulder) && frame.IsTracked(CanonicalJoint.RightShoulder))
        {
            var origin = _origin.Update(frame.Frame.Origin, dt, _options.Filter);
            _frame = frame.Frame with { Origin = origin };
        }

        output.Frame = _frame;
        var derivativeAlpha = dt > 0f ? OneEuroFilter.Alpha(_options.Filter.DerivativeCutoffHz, dt) : 0f;
        for (var j = 0; j < CanonicalJoints.Count; j++)
        {
            var joint = (CanonicalJoint)j;
            var status = UpdateJoint(frame, joint, t, dt);
            if (status == JointStatus.Lost)
            {
                _previousVelocity[j] = Vector3.Zero;
                _acceleration[j] = Vector3.Zero;
                Features.SetJoint(joint, status, Vector3.Zero, Vector3.Zero);
                continue;
            }

            var confidence = status == JointStatus.Tracked ? _lastConfidence[j] : _lastConfidence[j] * 0.5f;
            output.SetStored(joint, _filters[j].Value, confidence);
            var velocity = _filters[j].Derivative;
            if (dt > 0f)
            {
                _acceleration[j] = Vector3.Lerp(_acceleration[j], (velocity - _previousVelocity[j]) / dt, derivativeAlpha);
            }

            _previousVelocity[j] = velocity;
            Features.SetJoint(joint, status, velocity, _acceleration[j]);
        }

        Features.LeftArmEnergy = ArmEnergy(CanonicalJoint.LeftElbow, CanonicalJoint.LeftHand);
        Features.RightArmEnergy = ArmEnergy(CanonicalJoint.RightElbow, CanonicalJoint.RightHand);
        Features.LeftHandDrift = HandDrift(_leftDrift, CanonicalJoint.LeftHand, t);
        Features.RightHandDrift = HandDrift(_rightDrift, CanonicalJoint.RightHand, t);
        UpdateWorkspace(output);
    }

    /// <summary>Seconds since the previous released frame; 0 for the first frame and after a jump (filters restart).</summary>
    private float StepSeconds(TimeSpan t)
    {
        if (_lastProcessed is not { } previous)
        {
            _lastProcessed = t;
            return 0f;
        }

        _lastProcessed = t;
        var step = t - previous;
        if (step > _options.JumpLimit)
        {
            _counts.CountJump();
            RestartFilters();
            return 0f;
        }

        var seconds = step.TotalSeconds;
        if (_period <= 0)
        {
            _period = seconds;
        }
        else if (seconds > DropFactor * _period)
        {
            _counts.CountDropped((long)Math.Round(seconds / _period) - 1);
        }
        else
        {
            _period += 0.1 * (seconds - _period);
        }

        return (float)seconds;
    }

    private JointStatus UpdateJoint(CanonicalSkeleton frame, CanonicalJoint joint, TimeSpan t, float dt)
    {
        var j = (int)joint;
        var confidence = frame.Confidence(joint);
        if (confidence > 0f && confidence >= _options.Limits.MinConfidence)
        {
            _filters[j].Update(frame.StoredPosition(joint), dt, _options.Filter);
            _lastObserved[j] = t;
            _lastConfidence[j] = confidence;
            return JointStatus.Tracked;
        }

        if (!_filters[j].IsInitialised)
        {
            return JointStatus.Lost;
        }

        if (t - _lastObserved[j] > _options.MaxJointGap)
        {
            _filters[j].Reset();
            _counts.CountLost();
            return JointStatus.Lost;
        }

        _counts.CountBridged();
        if (NextWith(joint) is { } next)
        {
            // The joint reappears within the reorder window: interpolate linearly towards it.
            var last = _filters[j].Value;
            var span = (float)(next.Timestamp - _lastObserved[j]).TotalSeconds;
            var along = (float)(t - _lastObserved[j]).TotalSeconds / span;
            var target = Vector3.Lerp(last, next.StoredPosition(joint), along);
            _filters[j].Update(target, dt, _options.Filter);
            _lastObserved[j] = t;
        }
        else
        {
            _filters[j].Hold(dt, _options.Filter);
        }

        return JointStatus.Bridged;
    }

    private float ArmEnergy(CanonicalJoint elbow, CanonicalJoint hand)
    {
        var energy = 0f;
        if (Features.Status(elbow) != JointStatus.Lost)
        {
            energy += Features.Velocity(elbow).LengthSquared();
        }

        if (Features.Status(hand) != JointStatus.Lost)
        {
            energy += Features.Velocity(hand).LengthSquared();
        }

        return energy;
    }

    private float HandDrift(HandDriftTracker tracker, CanonicalJoint hand, TimeSpan t)
    {
        if (Features.Status(hand) == JointStatus.Lost)
        {
            tracker.Reset();
            return 0f;
        }

        return tracker.Update(t, _filters[(int)hand].Value);
    }

    private void UpdateWorkspace(CanonicalSkeleton output)
    {
        if (_options.Workspace is not { } workspace || Space != SkeletonSpace.Body3D)
        {
            Features.HasWorkspace = false;
            return;
        }

        Features.HasWorkspace = true;
        var left = workspace.ToRobot(output.Frame.ToSource(output.StoredPosition(CanonicalJoint.LeftHand)));
        var right = workspace.ToRobot(output.Frame.ToSource(output.StoredPosition(CanonicalJoint.RightHand)));
        Features.LeftHandInRobot = left;
        Features.RightHandInRobot = right;
        Features.LeftHandOutsideWorkspace = workspace.DistanceOutside(left);
        Features.RightHandOutsideWorkspace = workspace.DistanceOutside(right);
    }

    private void RestartFilters()
    {
        for (var j = 0; j < _filters.Length; j++)
        {
            _filters[j].Reset();
            _previousVelocity[j] = Vector3.Zero;
            _acceleration[j] = Vector3.Zero;
        }

        _origin.Reset();
        _leftDrift.Reset();
        _rightDrift.Reset();
    }
}
