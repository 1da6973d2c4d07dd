using RoboMirror.Hardware.Arms;
using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Safety;
using RoboMirror.Hardware.Trajectories;

namespace RoboMirror.Hardware.Simulation;

/// <summary>
/// A simulated arm, the embedded default driver: runs at the arm's own rate (from a <see cref="TimeProvider"/>
/// timer, or step by step), enforces the description's limits, lags its commands by a first-order actuation
/// and a configurable latency, and timestamps its joint states on its own clock.
/// </summary>
public sealed partial class SimulatedArm : IArm
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly SimulatedArmOptions _options;
    private readonly MotionCommander _commander;
    private readonly Actuator _actuator;
    private readonly JointState _state;
    private readonly double[] _command;
    private readonly double[][] _delayLine;
    private int _delayHead;
    private ITimer? _timer;
    private long _startTimestamp;
    private long _cycles;
    private long _computed;
    private long _misses;
    private ArmLifecycleState _lifecycle = ArmLifecycleState.Unconfigured;

    /// <summary>Creates a simulated arm of model <paramref name="description"/> driven by <paramref name="time"/>.</summary>
    public SimulatedArm(ArmDescription description, TimeProvider time, SimulatedArmOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(time);
        Description = description;
        _time = time;
        _options = (options ?? new SimulatedArmOptions()).Validate(description.JointCount);
        _commander = new MotionCommander(description, new CommandValidator(description), _options.WatchdogPeriod);
        _actuator = new Actuator(description, _options.ActuationTimeConstant);
        _state = new JointState(description.JointCount) { Mode = MotionMode.Off };
        (_options.InitialPositions ?? description.Home).ToArray().CopyTo(_state.Positions, 0);
        _command = new double[description.JointCount];
        var latencyCycles = (int)Math.Round(_options.CommandLatency / description.ControlPeriod);
        _delayLine = Enumerable.Range(0, latencyCycles + 1).Select(_ => new double[description.JointCount]).ToArray();
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

    /// <inheritdoc />
    public event EventHandler<ArmFault>? FaultReported;

    /// <inheritdoc />
    public CycleStatistics Statistics
    {
        get
        {
            lock (_gate)
            {
                return new CycleStatistics(_computed, _misses, SimulatedTime);
            }
        }
    }

    private TimeSpan SimulatedTime => _cycles * Description.ControlPeriod;

    /// <inheritdoc />
    public Task ConfigureAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_lifecycle is ArmLifecycleState.Unconfigured or ArmLifecycleState.Faulted)
            {
                _lifecycle = ArmLifecycleState.Inactive;
                _startTimestamp = _time.GetTimestamp() - (long)(SimulatedTime.TotalSeconds * _time.TimestampFrequency);
                if (_options.Clocking == SimulationClocking.RealTime && _timer is null)
                {
                    // Ticks at half the period: a timer that fires a little late still lands in the right cycle.
                    var tick = Description.ControlPeriod / 2;
                    _timer = _time.CreateTimer(static s => ((SimulatedArm)s!).OnTimer(), this, tick, tick);
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ActivateAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_lifecycle != ArmLifecycleState.Inactive && _lifecycle != ArmLifecycleState.Active)
            {
                throw new InvalidOperationException($"The simulated {Description.Model} is {_lifecycle}; configure it before activating it.");
            }

            if (_lifecycle == ArmLifecycleState.Inactive)
            {
                _commander.Hold(_state.Positions);
                foreach (var slot in _delayLine)
                {
                    _state.Positions.CopyTo(slot, 0);
                }

                _lifecycle = ArmLifecycleState.Active;
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeactivateAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_lifecycle == ArmLifecycleState.Active)
            {
                // The joints keep decelerating in the loop (mode Stopping after Off is handled as "no command").
                _commander.Off();
                _lifecycle = ArmLifecycleState.Inactive;
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public ArmStatus ReadStatus()
    {
        lock (_gate)
        {
            var ready = _lifecycle is ArmLifecycleState.Inactive or ArmLifecycleState.Active;
            var reason = ready ? string.Empty : _lifecycle == ArmLifecycleState.Faulted ? $"faulted: {LastFault}" : "not configured";
            return new ArmStatus($"SIMULATED_{_lifecycle.ToString().ToUpperInvariant()}", "NORMAL", ready, reason);
        }
    }

    /// <inheritdoc />
    public void ExecuteTrajectory(JointTrajectory trajectory)
    {
        lock (_gate)
        {
            _commander.StartTrajectory(trajectory, SimulatedTime, _state.Positions);
        }
    }

    /// <inheritdoc />
    public TargetCheck StreamTarget(ReadOnlySpan<double> positions)
    {
        lock (_gate)
        {
            return _commander.Stream(positions, SimulatedTime, _state.Positions);
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

            _commander.Off();
            Array.Clear(_state.Velocities);
            _state.Mode = MotionMode.Off;
            if (_lifecycle == ArmLifecycleState.Active)
            {
                _lifecycle = ArmLifecycleState.Inactive;
            }
        }
    }

    /// <summary>Puts the arm into the faulted state with <paramref name="message"/> (a simulated controller fault): it stops at once.</summary>
    public void InjectFault(string message)
    {
        ArmFault fault;
        lock (_gate)
        {
            _commander.Off();
            Array.Clear(_state.Velocities);
            _state.Mode = MotionMode.Off;
            _lifecycle = ArmLifecycleState.Faulted;
            fault = new ArmFault(FaultCode.RobotNotReady, message, SimulatedTime);
            LastFault = fault;
        }

        FaultReported?.Invoke(this, fault);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        ITimer? timer;
        lock (_gate)
        {
            timer = _timer;
            _timer = null;
            _commander.Off();
            _lifecycle = ArmLifecycleState.Unconfigured;
        }

        return timer?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
