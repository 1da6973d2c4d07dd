using RoboMirror.Controller.Session;
using RoboMirror.Controller.Simulation;
using RoboMirror.Nodes.Nodes;
using RoboMirror.Perception.Skeleton;
using RoboMirror.Ros;
using RoboMirror.Ros.Messages.RobomirrorMsgs;
using RoboMirror.Ros.Qos;
using JointStateMessage = RoboMirror.Ros.Messages.SensorMsgs.JointState;
using RosString = RoboMirror.Ros.Messages.StdMsgs.String;

namespace RoboMirror.Nodes.Session;

/// <summary>
/// The evaluation replay's partner as a node (named <c>simulated_partner</c>, on the simulated partner's
/// topics): plays one recorded clip once through <see cref="ReplayPartner"/> at 30 Hz, publishes the
/// skeleton on /robomirror/partner_skeleton and the labelled turn on /robomirror/sim/partner_truth, with the
/// recording's human follower's onset when it has one. As a yield probe it plays the clip once more, from its first
/// frame, a set delay after it first sees the robot moving (joint speed at least 0.05 rad/s on /joint_states; never
/// before the labelled end of its first movement).
/// </summary>
internal sealed class EvalPartnerNode : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1 / 30.0);

    private readonly INode _node;
    private readonly ReplayPartner _partner;
    private readonly IPublisher<PartnerState> _skeletons;
    private readonly IPublisher<RosString> _truth;
    private readonly IRosTimer _timer;
    private readonly CanonicalSkeleton _frame = new();
    private readonly PartnerState _message = new();
    private readonly TimeSpan? _followerAfterStart;
    private readonly TimeSpan? _resumeAfterRobotMoves;
    private readonly ISubscription<JointStateMessage>? _joints;
    private bool _published;

    /// <summary>
    /// Plays <paramref name="clip"/> from <paramref name="clipStart"/>; <paramref name="followerAfterStart"/> is the
    /// follower's onset relative to the labelled start of the movement (negative: the follower moved first).
    /// </summary>
    /// <remarks><paramref name="resumeAfterRobotMoves"/>: make the yield probe's resumption that long after the robot moves.</remarks>
    public EvalPartnerNode(INode node, GestureClip clip, TimeSpan clipStart, TimeSpan? followerAfterStart = null, TimeSpan? resumeAfterRobotMoves = null)
    {
        _node = node ?? throw new ArgumentNullException(nameof(node));
        _partner = new ReplayPartner(clip, clipStart);
        _followerAfterStart = followerAfterStart;
        _resumeAfterRobotMoves = resumeAfterRobotMoves;
        if (resumeAfterRobotMoves is not null)
        {
            _joints = node.CreateSubscription<JointStateMessage>(SessionTopics.JointStates, OnJointState, QosProfile.SensorData);
        }

        _skeletons = node.CreatePublisher<PartnerState>(SessionTopics.PartnerSkeleton, QosProfile.SensorData);
        _truth = node.CreatePublisher<RosString>(SessionTopics.PartnerTruth, SessionTopics.Truth);
        _timer = node.CreateTimer(Period, OnTick);
    }

    /// <summary>The labelled turn (on the session clock), known before the clip starts.</summary>
    public PartnerTurnRecord Turn => WithFollower(_partner.Turn);

    /// <summary>The turn once the clip has started.</summary>
    public IReadOnlyList<PartnerTurnRecord> Turns => [.. _partner.Turns.Select(WithFollower)];

    /// <summary>The yield probe's resumed movement (labelled, session clock), once the robot has moved; else null.</summary>
    public PartnerTurnRecord? Resumed { get; private set; }

    private void OnJointState(JointStateMessage message)
    {
        if (Resumed is not null || _resumeAfterRobotMoves is not { } delay)
        {
            return;
        }

        foreach (var v in message.Velocity)
        {
            if (Math.Abs(v) >= 0.05)
            {
                var at = SessionTime.Now(_node) + delay;
                Resumed = _partner.Resume(at < _partner.Turn.End ? _partner.Turn.End : at);
                return;
            }
        }
    }

    private PartnerTurnRecord WithFollower(PartnerTurnRecord turn) =>
        turn.Index == 0 && _followerAfterStart is { } after ? turn with { FollowerOnset = turn.Start + after } : turn;

    private void OnTick()
    {
        var now = SessionTime.Now(_node);
        _partner.Step(now, _frame);
        if (!_published && _partner.Turns.Count > 0)
        {
            _truth.Publish(new RosString { Data = PartnerTruthJson.Write(WithFollower(_partner.Turns[0])) });
            _published = true;
        }

        PartnerStateMessages.FillSkeleton(_message, _frame, "partner");
        _skeletons.Publish(_message);
    }

    public void Dispose()
    {
        _timer.Dispose();
        _joints?.Dispose();
        _truth.Dispose();
        _skeletons.Dispose();
    }
}
