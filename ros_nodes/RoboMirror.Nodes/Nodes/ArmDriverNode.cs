using Microsoft.Extensions.Logging;
using RoboMirror.Hardware.Arms;
using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Resilience;
using RoboMirror.Hardware.Safety;
using RoboMirror.Hardware.Simulation;
using RoboMirror.Hardware.UniversalRobots;
using RoboMirror.Ros;
using RoboMirror.Ros.Qos;
using JointState = RoboMirror.Hardware.Arms.JointState;
using JointStateMessage = RoboMirror.Ros.Messages.SensorMsgs.JointState;
using RosTrajectory = RoboMirror.Ros.Messages.TrajectoryMsgs.JointTrajectory;

namespace RoboMirror.Nodes.Nodes;

/// <summary>
/// The arm as a node, shaped like a ros2_control joint_trajectory_controller: takes
/// trajectory_msgs/JointTrajectory on <c>&lt;controller&gt;/joint_trajectory</c> (empty: controlled stop) and
/// publishes sensor_msgs/JointState on /joint_states every control period. <c>driver:=simulated</c> (default)
/// runs <see cref="SimulatedArm"/> stepped on the node's clock; <c>driver:=ur</c> drives a UR controller over
/// RTDE (<see cref="UrArm"/>, <c>ur_host</c>, wall clock), so a lab arm needs no ros2_control.
/// </summary>
internal sealed class ArmDriverNode : IDisposable
{
    /// <summary>The node's name.</summary>
    public const string NodeName = "arm_driver";

    /// <summary>Most cycles one tick catches up (a stalled wall clock must not spin forever).</summary>
    private const int MaxCatchUp = 1000;

    private readonly INode _node;
    private readonly IArm _arm;
    private readonly SimulatedArm? _simulated;
    private readonly JointState _state;
    private readonly JointStateMessage _message;
    private readonly IPublisher<JointStateMessage> _states;
    private readonly ISubscription<RosTrajectory> _commands;
    private readonly IRosTimer _timer;
    private readonly TimeSpan _start;
    private long _cycles;

    public ArmDriverNode(INode node)
    {
        _node = node ?? throw new ArgumentNullException(nameof(node));
        var model = node.DeclareParameter("arm_model", "ur5e");
        var controller = node.DeclareParameter("controller", SessionTopics.DefaultController);
        if (!ArmModels.ByName.TryGetValue(model, out var description))
        {
            throw new RosException(RosErrorCode.InvalidArguments, $"{NodeName}: arm_model '{model}' is unknown; use one of: {string.Join(", ", ArmModels.ByName.Keys)}.");
        }

        var driver = node.DeclareParameter("driver", "simulated");
        var host = node.DeclareParameter("ur_host", string.Empty);
        var rtdePort = (int)node.DeclareParameter("ur_rtde_port", 30004L);
        _arm = driver switch
        {
            "simulated" => _simulated = new SimulatedArm(description, node.Clock, new SimulatedArmOptions { Clocking = SimulationClocking.Stepped }),
            "ur" when !string.IsNullOrWhiteSpace(host) => new UrArm(description, new UrArmOptions { Host = host, RtdePort = rtdePort }, TimeProvider.System),
            "ur" => throw new RosException(RosErrorCode.InvalidArguments, $"{NodeName}: driver 'ur' needs ur_host (the controller's address)."),
            _ => throw new RosException(RosErrorCode.InvalidArguments, $"{NodeName}: driver '{driver}' is unknown; use simulated or ur."),
        };
        try
        {
            _arm.ConfigureAsync(CancellationToken.None).GetAwaiter().GetResult();
            _arm.ActivateAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is ArmConnectionException or ArmNotReadyException)
        {
            _arm.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw new RosException(RosErrorCode.InvalidOperation, $"{NodeName}: the {description.Model} at {host} is not ready: {e.Message}", e);
        }

        _state = new JointState(description.JointCount);
        _message = new JointStateMessage
        {
            Name = [.. description.JointNames()],
            Position = new double[description.JointCount],
            Velocity = new double[description.JointCount],
            Effort = [],
        };
        _start = SessionTime.Now(node);
        _states = node.CreatePublisher<JointStateMessage>(SessionTopics.JointStates, QosProfile.SensorData);
        _commands = node.CreateSubscription<RosTrajectory>(SessionTopics.JointTrajectory(controller), OnCommand, QosProfile.Default);
        _timer = node.CreateTimer(description.ControlPeriod, OnTick);
    }

    /// <summary>The arm driven: the simulated arm, or a UR over RTDE.</summary>
    public IArm Arm => _arm;

    private void OnCommand(RosTrajectory message)
    {
        try
        {
            var trajectory = TrajectoryMessages.FromMessage(message, _arm.Description.JointNames());
            if (trajectory is null)
            {
                _arm.Stop(StopMode.Controlled);
                return;
            }

            _arm.ExecuteTrajectory(trajectory);
        }
        catch (Exception e) when (e is ArgumentException or CommandRejectedException)
        {
            _node.Logger.LogWarning("{Node}: trajectory refused, the arm keeps its previous command: {Reason}", NodeName, e.Message);
        }
    }

    private void OnTick()
    {
        var now = SessionTime.Now(_node);
        if (_simulated is not null)
        {
            // Stepped simulation: as many control cycles as the clock has advanced since the last tick.
            var due = ((now - _start).Ticks / _arm.Description.ControlPeriod.Ticks) - _cycles;
            if (due <= 0)
            {
                return;
            }

            _simulated.Step((int)Math.Min(due, MaxCatchUp));
            _cycles += due;
        }

        _arm.ReadState(_state);
        _message.Header.Stamp = SessionTime.Stamp(now);
        _state.Positions.CopyTo(_message.Position, 0);
        _state.Velocities.CopyTo(_message.Velocity, 0);
        _states.Publish(_message);
    }

    public void Dispose()
    {
        _timer.Dispose();
        _commands.Dispose();
        _states.Dispose();
        _arm.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
