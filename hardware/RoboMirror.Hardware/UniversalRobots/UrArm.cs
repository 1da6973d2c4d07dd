using System.Net.Sockets;
using System.Text;
using Polly;
using Polly.CircuitBreaker;
using RoboMirror.Hardware.Arms;
using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Resilience;
using RoboMirror.Hardware.Safety;
using RoboMirror.Hardware.Trajectories;

namespace RoboMirror.Hardware.UniversalRobots;

/// <summary>
/// A Universal Robots e-Series arm over its documented interfaces: RTDE (TCP 30004) for state and input
/// registers at 500 Hz, and a URScript servo program sent on the secondary interface (TCP 30002) that
/// servoes to the streamed targets. Connecting and configuring are retried (Polly); motion never is.
/// </summary>
public sealed partial class UrArm : IArm
{
    private readonly Lock _gate = new();
    private readonly UrArmOptions _options;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline _connect;
    private readonly ResiliencePipeline _exchange;
    private readonly MotionCommander _commander;
    private readonly JointState _state;
    private readonly double[] _command;
    private UrSession? _session;
    private CancellationTokenSource? _streamStop;
    private Task _streamTask = Task.CompletedTask;
    private TaskCompletionSource _firstState = NewSignal();
    private ArmLifecycleState _lifecycle = ArmLifecycleState.Unconfigured;
    private ServoMode _offMode = ServoMode.Exit;
    private int _robotMode = -1;
    private int _safetyMode = 11;
    private int _sequence;
    private long _packages;
    private long _misses;
    private TimeSpan _firstTimestamp;

    /// <summary>Creates a driver for a UR arm described by <paramref name="description"/> (six joints).</summary>
    public UrArm(ArmDescription description, UrArmOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        if (description.JointCount != 6)
        {
            throw new ArgumentException($"A UR arm has 6 joints; the description '{description.Model}' has {description.JointCount}.", nameof(description));
        }

        Description = description;
        _options = options.Validate();
        _time = time;
        _connect = ArmResilience.Connect(_options.Resilience, time, reason => EnterFault(FaultCode.CircuitOpen, reason));
        _exchange = ArmResilience.Exchange(_options.Resilience, time);
        _commander = new MotionCommander(description, new CommandValidator(description), _options.WatchdogPeriod);
        _state = new JointState(6) { Mode = MotionMode.Off };
        _command = new double[6];
    }

    /// <inheritdoc />
    public ArmDescription Description { get; }

    /// <inheritdoc />
    public ArmLifecycleState State
    {
        get
        {
            lock (_gate)
            {
                return _lifecycle;
            }
        }
    }

    /// <inheritdoc />
    public ArmFault? LastFault { get; private set; }

    /// <summary>Connect-and-configure attempts the last <see cref="ConfigureAsync"/> made (for diagnostics).</summary>
    public int ConnectAttempts { get; private set; }

    /// <summary>The URControl version reported during configuration, or empty.</summary>
    public string ControllerVersion { get; private set; } = string.Empty;

    /// <inheritdoc />
    public CycleStatistics Statistics
    {
        get
        {
            lock (_gate)
            {
                return new CycleStatistics(_packages, _misses, _packages == 0 ? TimeSpan.Zero : _state.Timestamp - _firstTimestamp);
            }
        }
    }

    /// <inheritdoc />
    public event EventHandler<ArmFault>? FaultReported;

    /// <inheritdoc />
    public ArmStatus ReadStatus()
    {
        lock (_gate)
        {
            var mode = UrModes.RobotMode(_robotMode);
            var safety = UrModes.SafetyMode(_safetyMode);
            string reason;
            if (_lifecycle is ArmLifecycleState.Unconfigured or ArmLifecycleState.Faulted)
            {
                reason = _lifecycle == ArmLifecycleState.Faulted ? $"faulted: {LastFault?.Message}" : "not connected";
            }
            else if (_packages == 0)
            {
                reason = "no state package received yet";
            }
            else
            {
                reason = UrModes.CanMove(_robotMode, _safetyMode)
                    ? string.Empty
                    : $"robot mode {mode}, safety {safety}: power on and release the brakes, or clear the stop on the teach pendant";
            }

            return new ArmStatus(mode, safety, reason.Length == 0, reason);
        }
    }

    /// <inheritdoc />
    public void ExecuteTrajectory(JointTrajectory trajectory)
    {
        lock (_gate)
        {
            _commander.StartTrajectory(trajectory, _state.Timestamp, _state.Positions);
        }
    }

    /// <inheritdoc />
    public TargetCheck StreamTarget(ReadOnlySpan<double> positions)
    {
        lock (_gate)
        {
            return _lifecycle == ArmLifecycleState.Active
                ? _commander.Stream(positions, _state.Timestamp, _state.Positions)
                : new TargetCheck(RejectionReason.NotActive, -1, 0, 0);
        }
    }

    /// <inheritdoc />
    public void ReadState(JointState destination)
    {
        lock (_gate)
        {
            _state.CopyTo(destination);
        }
    }

    /// <inheritdoc />
    public void Stop(StopMode mode)
    {
        lock (_gate)
        {
            if (mode == StopMode.Controlled)
            {
                _commander.BeginControlledStop();
                return;
            }

            _offMode = ServoMode.ImmediateExit;
            _commander.Off();
            if (_lifecycle == ArmLifecycleState.Active)
            {
                _lifecycle = ArmLifecycleState.Inactive;
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
