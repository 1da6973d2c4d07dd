using System.Numerics;
using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Kinematics;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Hardware.Retargeting;

/// <summary>
/// Turns a stream of canonical skeletons into joint targets for a robot arm, frame by frame: the hand's
/// path relative to the shoulder, low-pass filtered, scaled into the robot's workspace, solved by damped
/// least squares (warm-started from the previous frame), and then limited to the joints' velocity and
/// acceleration so the result is executable at the skeleton's own timing. Starts from the arm's home pose.
/// <see cref="Update"/> is real-time safe (no allocation); one instance per stream, not thread-safe.
/// </summary>
public sealed class ArmRetargeter
{
    private readonly ArmDescription _arm;
    private readonly RetargetingOptions _options;
    private readonly DampedLeastSquaresSolver _solver;
    private readonly CanonicalJoint _shoulder;
    private readonly CanonicalJoint _hand;
    private readonly double[] _solution;
    private readonly double[] _positions;
    private readonly double[] _velocities;
    private readonly float _cos;
    private readonly float _sin;
    private readonly Vector3 _anchor;
    private Vector3 _filtered;
    private Vector3 _lastAccepted;
    private TimeSpan _lastAcceptedTime;
    private bool _hasTarget;
    private TimeSpan? _lastTime;

    /// <summary>Creates a retargeter for <paramref name="arm"/> driven by the person's <paramref name="side"/> arm.</summary>
    public ArmRetargeter(ArmDescription arm, ArmSide side, RetargetingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(arm);
        _arm = arm;
        _options = (options ?? RetargetingOptions.For(arm)).Validate();
        _solver = new DampedLeastSquaresSolver(arm, new InverseKinematicsOptions { MaxIterations = _options.IterationsPerFrame, PositionTolerance = 5e-4 });
        Side = side;
        (_shoulder, _hand) = side == ArmSide.Right
            ? (CanonicalJoint.RightShoulder, CanonicalJoint.RightHand)
            : (CanonicalJoint.LeftShoulder, CanonicalJoint.LeftHand);
        _solution = arm.Home.ToArray();
        _positions = arm.Home.ToArray();
        _velocities = new double[arm.JointCount];
        (_sin, _cos) = ((float)Math.Sin(_options.BaseYaw), (float)Math.Cos(_options.BaseYaw));

        // The anchor stands for the right shoulder; a left arm drives from its mirror image across the body's midplane.
        var lateral = new Vector3(-_sin, _cos, 0);
        _anchor = side == ArmSide.Right ? _options.Anchor : _options.Anchor - 2 * Vector3.Dot(_options.Anchor, lateral) * lateral;
    }

    /// <summary>The person's arm that drives the robot.</summary>
    public ArmSide Side { get; }

    /// <summary>The arm being driven.</summary>
    public ArmDescription Arm => _arm;

    /// <summary>The joint targets of the last frame (rad).</summary>
    public ReadOnlySpan<double> Positions => _positions;

    /// <summary>The joint velocities implied by the last frame (rad/s).</summary>
    public ReadOnlySpan<double> Velocities => _velocities;

    /// <summary>Starts over from <paramref name="start"/> (default: home) at rest.</summary>
    public void Reset(ReadOnlySpan<double> start = default)
    {
        var from = start.IsEmpty ? _arm.Home.ToArray() : start.ToArray();
        from.CopyTo(_solution, 0);
        from.CopyTo(_positions, 0);
        Array.Clear(_velocities);
        _hasTarget = false;
        _lastTime = null;
    }

    /// <summary>
    /// Retargets one frame and writes the joint targets into <paramref name="jointTargets"/>. An untracked arm
    /// (or a 2D skeleton) holds the previous target. Real-time safe.
    /// </summary>
    public RetargetResult Update(CanonicalSkeleton skeleton, Span<double> jointTargets)
    {
        ArgumentNullException.ThrowIfNull(skeleton);
        var dt = _lastTime is { } last ? (skeleton.Timestamp - last).TotalSeconds : 0.0;
        _lastTime = skeleton.Timestamp;
        var tracked = skeleton.Space == SkeletonSpace.Body3D && skeleton.IsTracked(_shoulder) && skeleton.IsTracked(_hand);
        var clamped = false;
        var outlier = false;
        if (tracked)
        {
            var offset = skeleton.Position(_hand) - skeleton.Position(_shoulder);
            outlier = IsOutlier(offset, skeleton.Timestamp);
            tracked = !outlier;
        }

        if (tracked)
        {
            var offset = skeleton.Position(_hand) - skeleton.Position(_shoulder);
            _lastAccepted = offset;
            _lastAcceptedTime = skeleton.Timestamp;
            var target = MapToRobot(offset);
            var tau = _options.Smoothing.TotalSeconds;
            var alpha = !_hasTarget || tau <= 0 ? 1f : (float)(1 - Math.Exp(-Math.Max(dt, 0) / tau));
            _filtered = _hasTarget ? Vector3.Lerp(_filtered, target, alpha) : target;
            _hasTarget = true;
        }

        var goal = Pose.Identity;
        if (_hasTarget)
        {
            var point = Workspace(_filtered, out clamped);
            goal = Pose.FromTranslation(point.X, point.Y, point.Z);
            _solver.Solve(goal, _solution, withOrientation: false);
        }

        if (dt > 0)
        {
            Limit(dt);
        }

        var error = _hasTarget ? _arm.Kinematics.FlangePose(_positions).DistanceTo(goal) : 0.0;

        _positions.CopyTo(jointTargets);
        return new RetargetResult(tracked, clamped, error, outlier);
    }

    /// <summary>
    /// Kinect hands jump: an offset longer than a plausible arm, or farther from the last accepted one than a
    /// hand can travel since then, is an outlier (the previous target is held).
    /// </summary>
    private bool IsOutlier(Vector3 offset, TimeSpan time)
    {
        if (offset.Length() > _options.MaxHandDistance)
        {
            return true;
        }

        if (!_hasTarget)
        {
            return false;
        }

        var elapsed = Math.Max((time - _lastAcceptedTime).TotalSeconds, 1e-3);
        return (offset - _lastAccepted).Length() > _options.MaxHandSpeed * elapsed;
    }

    /// <summary>The hand offset (body frame, shoulder widths) as a robot-frame point (m), before the workspace clamp.</summary>
    public Vector3 MapToRobot(Vector3 handFromShoulder)
    {
        var scaled = handFromShoulder * (float)(_options.Reach / _options.HumanArmLength);
        var turned = new Vector3(_cos * scaled.X - _sin * scaled.Y, _sin * scaled.X + _cos * scaled.Y, scaled.Z);
        return _anchor + turned;
    }

    private Vector3 Workspace(Vector3 point, out bool clamped)
    {
        clamped = false;
        if (point.Z < _options.MinHeight)
        {
            point.Z = (float)_options.MinHeight;
            clamped = true;
        }

        var offset = point - _options.RobotShoulder;
        var radius = offset.Length();
        if (radius > _options.MaxRadius || radius < _options.MinRadius)
        {
            var direction = radius > 1e-6f ? offset / radius : Vector3.UnitZ;
            point = _options.RobotShoulder + direction * (float)Math.Clamp(radius, _options.MinRadius, _options.MaxRadius);
            clamped = true;
        }

        return point;
    }

    /// <summary>Moves the output towards the IK solution within each joint's velocity, acceleration and range.</summary>
    private void Limit(double dt)
    {
        for (var j = 0; j < _positions.Length; j++)
        {
            var limits = _arm.Limits(j);
            var velocityLimit = limits.MaxVelocity;
            var accelerationLimit = limits.MaxAcceleration;

            // Aim for the solution, but never faster than we could brake to it (or to the range's ends).
            var error = _solution[j] - _positions[j];
            var wanted = error / dt;
            var brake = Math.Sqrt(2 * accelerationLimit * Math.Abs(error));
            wanted = Math.Clamp(wanted, -Math.Min(velocityLimit, brake + accelerationLimit * dt), Math.Min(velocityLimit, brake + accelerationLimit * dt));
            var toMax = Math.Max(limits.MaxPosition - _positions[j], 0);
            var toMin = Math.Max(_positions[j] - limits.MinPosition, 0);
            wanted = Math.Clamp(wanted, -Math.Sqrt(2 * accelerationLimit * toMin), Math.Sqrt(2 * accelerationLimit * toMax));
            var change = accelerationLimit * dt;
            var velocity = Math.Clamp(wanted, _velocities[j] - change, _velocities[j] + change);
            velocity = Math.Clamp(velocity, -velocityLimit, velocityLimit);
            _positions[j] = limits.Clamp(_positions[j] + velocity * dt);
            _velocities[j] = velocity;
        }
    }
}
