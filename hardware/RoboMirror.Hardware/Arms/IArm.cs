using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Safety;
using RoboMirror.Hardware.Trajectories;

namespace RoboMirror.Hardware.Arms;

/// <summary>
/// The arm as the controller sees it, whichever driver is underneath (simulated, UR RTDE). Lifecycle after
/// ros2_control: <see cref="ConfigureAsync"/> → <see cref="ActivateAsync"/> → <see cref="DeactivateAsync"/>.
/// Every command is checked against <see cref="Description"/>'s limits before it leaves the process.
/// Members marked "real-time" neither allocate nor wait on I/O (they may take a short uncontended lock).
/// </summary>
public interface IArm : IAsyncDisposable
{
    /// <summary>Named joints, limits, rate and kinematics.</summary>
    ArmDescription Description { get; }

    /// <summary>Where the arm is in its lifecycle. Any thread.</summary>
    ArmLifecycleState State { get; }

    /// <summary>The last fault reported (also while recovered), or null.</summary>
    ArmFault? LastFault { get; }

    /// <summary>How well the arm's cycle kept its rate (the command rate it sustains). Any thread.</summary>
    CycleStatistics Statistics { get; }

    /// <summary>Raised for every fault, on the thread that found it. Handlers must be quick.</summary>
    event EventHandler<ArmFault>? FaultReported;

    /// <summary>Connects and configures (retrying as configured). Not real-time.</summary>
    Task ConfigureAsync(CancellationToken cancellationToken);

    /// <summary>Starts accepting commands; the arm holds where it is. Not real-time.</summary>
    Task ActivateAsync(CancellationToken cancellationToken);

    /// <summary>Controlled stop, then stops accepting commands. Not real-time.</summary>
    Task DeactivateAsync(CancellationToken cancellationToken);

    /// <summary>The controller's mode and safety state. Not real-time.</summary>
    ArmStatus ReadStatus();

    /// <summary>
    /// Follows <paramref name="trajectory"/> from the current position. Throws <see cref="CommandRejectedException"/>
    /// (and keeps the previous command) when it breaks a limit. Not real-time (validates the whole trajectory).
    /// </summary>
    void ExecuteTrajectory(JointTrajectory trajectory);

    /// <summary>
    /// Streams one joint target for the next control cycle. Returns the verdict; a refused target changes nothing.
    /// The watchdog holds the arm when no fresh target arrives in time. Real-time.
    /// </summary>
    TargetCheck StreamTarget(ReadOnlySpan<double> positions);

    /// <summary>Copies the latest measured joint state into <paramref name="destination"/>. Real-time.</summary>
    void ReadState(JointState destination);

    /// <summary>Stops the arm (<see cref="StopMode"/>). Any thread; real-time.</summary>
    void Stop(StopMode mode);
}
