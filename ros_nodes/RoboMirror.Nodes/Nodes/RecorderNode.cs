using RoboMirror.Ros;
using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Messages.HriMsgs;
using RoboMirror.Ros.Messages.RobomirrorMsgs;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Recording;
using RoboMirror.Ros.Serialization;
using ClockMessage = RoboMirror.Ros.Messages.RosgraphMsgs.Clock;
using JointStateMessage = RoboMirror.Ros.Messages.SensorMsgs.JointState;
using RosString = RoboMirror.Ros.Messages.StdMsgs.String;
using RosTrajectory = RoboMirror.Ros.Messages.TrajectoryMsgs.JointTrajectory;

namespace RoboMirror.Nodes.Nodes;

/// <summary>
/// Records every topic of the session into one MCAP file (ros2 profile): each message as it arrives,
/// re-encoded in XCDR1 (the same bytes as on the wire), logged at the node's clock. The session's
/// settings go into a <c>robomirror_session</c> metadata record when <see cref="Complete"/> is called.
/// </summary>
internal sealed class RecorderNode : IDisposable
{
    /// <summary>The node's name.</summary>
    public const string NodeName = "recorder";

    /// <summary>The metadata record that names the session's settings and span.</summary>
    public const string SessionMetadata = "robomirror_session";

    private readonly INode _node;
    private readonly IMcapWriter _writer;
    private readonly List<IDisposable> _subscriptions = [];
    private bool _completed;

    /// <summary>Creates the recorder; <paramref name="path"/> null reads the <c>path</c> parameter. Never overwrites a file.</summary>
    public RecorderNode(INode node, string? path = null)
    {
        _node = node ?? throw new ArgumentNullException(nameof(node));
        var file = node.DeclareParameter("path", path ?? "session.mcap");
        var controller = node.DeclareParameter("controller", SessionTopics.DefaultController);
        Policy = node.DeclareParameter("policy", "reactive");
        Seed = (int)node.DeclareParameter("seed", 1L);
        PartnerSource = node.DeclareParameter("partner_source", "recordings");
        if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        _writer = McapWriter.Create(file);
        FilePath = file;
        Record<PartnerState>(SessionTopics.PartnerSkeleton, QosProfile.SensorData);
        Record<PartnerState>(SessionTopics.PartnerState, QosProfile.SensorData);
        Record<MirrorSignal>(SessionTopics.MirrorSignal, QosProfile.Default);
        Record<TurnState>(SessionTopics.TurnState, SessionTopics.State);
        Record<TurnEvent>(SessionTopics.TurnEvents, SessionTopics.Events);
        Record<RosString>(SessionTopics.PartnerTruth, SessionTopics.Truth);
        Record<JointStateMessage>(SessionTopics.JointStates, QosProfile.SensorData);
        Record<RosTrajectory>(SessionTopics.JointTrajectory(controller), QosProfile.Default);
        Record<IdsList>(SessionTopics.TrackedBodies, QosProfile.Default);
        Record<ClockMessage>(SessionTopics.Clock, SessionTopics.ClockQos);
    }

    /// <summary>The session's policy, seed and partner source as the recorder's parameters say (for its metadata when run on its own).</summary>
    public string Policy { get; }

    /// <inheritdoc cref="Policy"/>
    public int Seed { get; }

    /// <inheritdoc cref="Policy"/>
    public string PartnerSource { get; }

    /// <summary>The file being written.</summary>
    public string FilePath { get; }

    /// <summary>Messages written so far.</summary>
    public long MessageCount { get; private set; }

    /// <summary>Writes the session metadata, then the summary and footer; nothing is recorded after it.</summary>
    public void Complete(IReadOnlyDictionary<string, string> session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (_completed)
        {
            return;
        }

        _completed = true;
        foreach (var s in _subscriptions)
        {
            s.Dispose();
        }

        _writer.WriteMetadata(SessionMetadata, session);
        _writer.Complete();
    }

    private void Record<T>(string topic, QosProfile qos)
        where T : IRosMessage<T>
    {
        var channel = _writer.AddChannel(topic, T.TypeInfo, qos);
        _subscriptions.Add(_node.CreateSubscription<T>(topic, message => Write(channel, message), qos));
    }

    private void Write<T>(ushort channel, T message)
        where T : IRosMessage<T>
    {
        if (_completed)
        {
            return;
        }

        var now = SessionTime.Nanoseconds(SessionTime.Now(_node));
        _writer.WriteMessage(channel, now, now, RosSerializer.SerializeToArray(message));
        MessageCount++;
    }

    public void Dispose()
    {
        foreach (var s in _subscriptions)
        {
            s.Dispose();
        }

        _writer.Dispose();
    }
}
