using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Safety;
using RoboMirror.Hardware.Trajectories;

namespace RoboMirror.Hardware.Arms;

/// <summary>
/// Decides each cycle what an arm should be commanded to do, the same way for every driver: hold, follow a
/// trajectory, servo to streamed targets (with the watchdog), or stop. Not thread-safe: the owning arm calls
/// it under its own lock. Real-time safe once built (buffers are allocated here, once).
/// </summary>
internal sealed class MotionCommander
{
    private readonly ArmDescription _arm;
    private readonly CommandValidator _validator;
    private readonly TimeSpan _watchdog;
    private readonly double[] _hold;
    private readonly double[] _streamTarget;
    private readonly double[] _trajectoryStart;
    private JointTrajectory? _trajectory;
    private TimeSpan _trajectoryStartTime;
    private TimeSpan _lastStreamTime;

    public MotionCommander(ArmDescription arm, CommandValidator validator, TimeSpan watchdog)
    {
        _arm = arm;
        _validator = validator;
        _watchdog = watchdog;
        _hold = new double[arm.JointCount];
        _streamTarget = new double[arm.JointCount];
        _trajectoryStart = new double[arm.JointCount];
    }

    public MotionMode Mode { get; private set; } = MotionMode.Off;

    public bool IsCommanding => Mode != MotionMode.Off;

    /// <summary>Starts commanding: hold where the arm is.</summary>
    public void Hold(ReadOnlySpan<double> measured)
    {
        measured.CopyTo(_hold);
        _trajectory = null;
        Mode = MotionMode.Holding;
    }

    /// <summary>Stops commanding; forgets any trajectory or streamed target so nothing resumes later.</summary>
    public void Off()
    {
        _trajectory = null;
        Mode = MotionMode.Off;
    }

    /// <summary>Begins a controlled stop; the arm calls <see cref="Hold"/> once it has come to rest.</summary>
    public void BeginControlledStop()
    {
        if (Mode != MotionMode.Off)
        {
            _trajectory = null;
            Mode = MotionMode.Stopping;
        }
    }

    public TargetCheck Stream(ReadOnlySpan<double> target, TimeSpan now, ReadOnlySpan<double> measured)
    {
        if (Mode == MotionMode.Off)
        {
            return new TargetCheck(RejectionReason.NotActive, -1, 0, 0);
        }

        var streaming = Mode == MotionMode.Streaming;
        var elapsed = streaming ? now - _lastStreamTime : TimeSpan.Zero;
        var period = _arm.ControlPeriod;
        var window = elapsed < period ? period : elapsed > _watchdog ? _watchdog : elapsed;
        var check = _validator.CheckTarget(target, streaming ? _streamTarget : measured, window);
        if (check.IsAccepted)
        {
            target.CopyTo(_streamTarget);
            _lastStreamTime = now;
            _trajectory = null;
            Mode = MotionMode.Streaming;
        }

        return check;
    }

    /// <summary>Validates and starts a trajectory from <paramref name="measured"/>; throws when it breaks a limit.</summary>
    public void StartTrajectory(JointTrajectory trajectory, TimeSpan now, ReadOnlySpan<double> measured)
    {
        if (Mode == MotionMode.Off)
        {
            throw new CommandRejectedException(new TargetCheck(RejectionReason.NotActive, -1, 0, 0), $"{_arm.Model} trajectory");
        }

        _validator.EnsureTrajectory(trajectory, measured);
        measured.CopyTo(_trajectoryStart);
        _trajectory = trajectory;
        _trajectoryStartTime = now;
        Mode = MotionMode.Trajectory;
    }

    /// <summary>
    /// Writes this cycle's position command. Returns true when the watchdog expired in this call (the commander
    /// has switched to a controlled stop and the arm should report it).
    /// </summary>
    public bool Resolve(TimeSpan now, ReadOnlySpan<double> measured, Span<double> command)
    {
        switch (Mode)
        {
            case MotionMode.Streaming when now - _lastStreamTime > _watchdog:
                BeginControlledStop();
                measured.CopyTo(command);
                return true;
            case MotionMode.Streaming:
                _streamTarget.CopyTo(command);
                return false;
            case MotionMode.Trajectory when _trajectory is { } trajectory:
                var t = now - _trajectoryStartTime;
                trajectory.Sample(t, _trajectoryStart, command);
                if (t >= trajectory.Duration)
                {
                    Hold(command);
                }

                return false;
            case MotionMode.Holding:
                _hold.CopyTo(command);
                return false;
            default:
                measured.CopyTo(command);
                return false;
        }
    }
}
