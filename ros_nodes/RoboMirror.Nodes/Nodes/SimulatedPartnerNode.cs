using Microsoft.Extensions.Logging;
using RoboMirror.Controller.Simulation;
using RoboMirror.Hardware.Description;
using RoboMirror.Nodes.Session;
using RoboMirror.Perception.Skeleton;
using RoboMirror.Ros;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Messages.RobomirrorMsgs;
using JointStateMessage = RoboMirror.Ros.Messages.SensorMsgs.JointState;
using RosString = RoboMirror.Ros.Messages.StdMsgs.String;

namespace RoboMirror.Nodes.Nodes;

/// <summary>
/// The simulated partner as a node: plays <see cref="SimulatedPartner"/> at <c>rate_hz</c>, publishes its
/// 3D skeleton on /robomirror/partner_skeleton and the ground truth of each gesture on
/// /robomirror/sim/partner_truth; watches /joint_states to see the robot move (a joint faster than
/// 0.05 rad/s within the last <c>robot_still_s</c>).
/// </summary>
internal sealed class SimulatedPartnerNode : IDisposable
{
    /// <summary>The node's name.</summary>
    public const string NodeName = "simulated_partner";

    /// <summary>Joint speed (rad/s) above which the partner sees the robot moving (the controller's onset threshold).</summary>
    private const double RobotMovingSpeed = 0.05;

    private readonly INode _node;
    private readonly SimulatedPartner _partner;
    private readonly IPublisher<PartnerState> _skeletons;
    private readonly IPublisher<RosString> _truth;
    private readonly ISubscription<JointStateMessage> _joints;
    private readonly IRosTimer _timer;
    private readonly CanonicalSkeleton _frame = new();
    private readonly PartnerState _message = new();
    private readonly string _partnerId;
    private readonly TimeSpan _robotStill;
    private int _published;
    private TimeSpan? _robotLastMoving;

    /// <summary>Creates the node's endpoints; <paramref name="material"/> null loads it from the parameters.</summary>
    public SimulatedPartnerNode(INode node, PartnerMaterial? material = null)
    {
        _node = node ?? throw new ArgumentNullException(nameof(node));
        var seed = (int)node.DeclareParameter("seed", 1L);
        var source = node.DeclareParameter("partner_source", "recordings");
        var dataFolder = node.DeclareParameter("data_folder", string.Empty);
        var rate = node.DeclareParameter("rate_hz", 30.0);
        var firstStart = node.DeclareParameter("first_start_s", 1.5);
        _partnerId = node.DeclareParameter("partner_id", "partner");
        var robotStill = node.DeclareParameter("robot_still_s", 0.5);
        if (!(rate > 0) || !(firstStart >= 0) || !(robotStill >= 0))
        {
            throw new RosException(RosErrorCode.InvalidArguments, $"{NodeName}: rate_hz ({rate}) must be positive, first_start_s ({firstStart}) and robot_still_s ({robotStill}) not negative.");
        }

        _robotStill = TimeSpan.FromSeconds(robotStill);

        material ??= PartnerSources.Load(source, dataFolder, seed, ArmModels.Ur5e);
        Source = material.Source;
        if (material.Note is { } note)
        {
            node.Logger.LogWarning("{Note}", note);
        }

        // The partner draws from its own stream: seed + 1, so that the synthetic clips (seed) and the behaviour differ.
        _partner = new SimulatedPartner(material.Clips, new PartnerBehaviour(), new Random(seed + 1), SessionTime.Now(node) + TimeSpan.FromSeconds(firstStart));
        _skeletons = node.CreatePublisher<PartnerState>(SessionTopics.PartnerSkeleton, QosProfile.SensorData);
        _truth = node.CreatePublisher<RosString>(SessionTopics.PartnerTruth, SessionTopics.Truth);
        _joints = node.CreateSubscription<JointStateMessage>(SessionTopics.JointStates, OnJointState, QosProfile.SensorData);
        _timer = node.CreateTimer(TimeSpan.FromSeconds(1 / rate), OnTick);
    }

    /// <summary>Where the gestures come from: "recordings" or "synthetic".</summary>
    public string Source { get; }

    /// <summary>Every gesture started so far (the ground truth).</summary>
    public IReadOnlyList<PartnerTurnRecord> Turns => _partner.Turns;

    private void OnJointState(JointStateMessage message)
    {
        var max = 0.0;
        foreach (var v in message.Velocity)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        if (max >= RobotMovingSpeed)
        {
            _robotLastMoving = SessionTime.Of(message.Header.Stamp);
        }
    }

    private void OnTick()
    {
        var now = SessionTime.Now(_node);
        // A person takes a short pause inside the robot's movement as part of it: the robot counts as
        // moving until it has been still for robot_still_s.
        var robotMoving = _robotLastMoving is { } last && now - last < _robotStill;
        _partner.Step(now, robotMoving, _frame);
        while (_published < _partner.Turns.Count)
        {
            _truth.Publish(new RosString { Data = PartnerTruthJson.Write(_partner.Turns[_published]) });
            _published++;
        }

        PartnerStateMessages.FillSkeleton(_message, _frame, _partnerId);
        _skeletons.Publish(_message);
    }

    public void Dispose()
    {
        _timer.Dispose();
        _joints.Dispose();
        _truth.Dispose();
        _skeletons.Dispose();
    }
}
