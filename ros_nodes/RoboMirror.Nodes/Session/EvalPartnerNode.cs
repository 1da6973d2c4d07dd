using RoboMirror.Controller.Session;
using RoboMirror.Controller.Simulation;
using RoboMirror.Nodes.Nodes;
using RoboMirror.Perception.Skeleton;
using RoboMirror.Ros;
using RoboMirror.Ros.Messages.RobomirrorMsgs;
using RoboMirror.Ros.Qos;
using RosString = RoboMirror.Ros.Messages.StdMsgs.String;

namespace RoboMirror.Nodes.Session;

/// <summary>
/// The evaluation replay's partner as a node (named <c>simulated_partner</c>, on the simulated partner's
/// topics): plays one recorded clip once through <see cref="ReplayPartner"/> at 30 Hz, publishes the
/// skeleton on /robomirror/partner_skeleton and the labelled turn on /robomirror/sim/partner_truth, with the
/// recording's human follower's onset when it has one.
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
    private bool _published;

    /// <summary>
    /// Plays <paramref name="clip"/> from <paramref name="clipStart"/>; <paramref name="followerAfterStart"/> is the
    /// follower's onset relative to the labelled start of the movement (negative: the follower moved first).
    /// </summary>
    public EvalPartnerNode(INode node, GestureClip clip, TimeSpan clipStart, TimeSpan? followerAfterStart = null)
    {
        _node = node ?? throw new ArgumentNullException(nameof(node));
        _partner = new ReplayPartner(clip, clipStart);
        _followerAfterStart = followerAfterStart;
        _skeletons = node.CreatePublisher<PartnerState>(SessionTopics.PartnerSkeleton, QosProfile.SensorData);
        _truth = node.CreatePublisher<RosString>(SessionTopics.PartnerTruth, SessionTopics.Truth);
        _timer = node.CreateTimer(Period, OnTick);
    }

    /// <summary>The labelled turn (on the session clock), known before the clip starts.</summary>
    public PartnerTurnRecord Turn => WithFollower(_partner.Turn);

    /// <summary>The turn once the clip has started.</summary>
    public IReadOnlyList<PartnerTurnRecord> Turns => [.. _partner.Turns.Select(WithFollower)];

    private PartnerTurnRecord WithFollower(PartnerTurnRecord turn) =>
        _followerAfterStart is { } after ? turn with { FollowerOnset = turn.Start + after } : turn;

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
        _truth.Dispose();
        _skeletons.Dispose();
    }
}
