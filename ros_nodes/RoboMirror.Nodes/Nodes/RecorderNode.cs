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
/// settings go into a <c>robomirror_session</c> metadata record when <see cref="Complete"/> is called, and the
/// <c>metadata</c> parameter's <c>key=value;key=value</c> pairs (a study's participant, condition, arm, date) into
/// a <c>robomirror_study</c> record.
/// </summary>
internal sealed class RecorderNode : IDisposable
{
    /// <summary>The node's name.</summary>
    public const string NodeName = "recorder";

    /// <summary>The metadata record that names the session's settings and span.</summary>
    public const string SessionMetadata = "robomirror_session";

    /// <summary>The metadata record that holds the <c>metadata</c> parameter's pairs (written only when there are any).</summary>
    public const string StudyMetadata = "robomirror_study";

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
        Metadata = ParseMetadata(node.DeclareParameter("metadata", string.Empty));
        if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        _writer = McapWriter.Create(file);
        FilePath = file;
        Record<PartnerState>(SessionTopics.PartnerSkeleton, QosProfile.SensorData);
        Record<PartnerState>(SessionTopics.PartnerState, QosProfile.SensorData);
        Record<PartnerState>(SessionTopics.PartnerObserved, QosProfile.SensorData);
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

    /// <summary>The <c>metadata</c> parameter's pairs, in the order given; written as the <see cref="StudyMetadata"/> record.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

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
        if (Metadata.Count > 0)
        {
            _writer.WriteMetadata(StudyMetadata, Metadata);
        }

        _writer.Complete();
    }

    /// <summary>
    /// Reads <c>key=value;key=value</c> (blanks around keys and values trimmed, empty items skipped). A key without
    /// <c>=</c>, an empty key or a key given twice is an error, so a typo in a launch file stops the recorder before a
    /// session is recorded without its metadata.
    /// </summary>
    internal static IReadOnlyDictionary<string, string> ParseMetadata(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in text.Split(';'))
        {
            if (string.IsNullOrWhiteSpace(item))
            {
                continue;
            }

            var at = item.IndexOf('=', StringComparison.Ordinal);
            var key = at < 0 ? string.Empty : item[..at].Trim();
            if (key.Length == 0)
            {
                throw new RosException(RosErrorCode.InvalidArguments, $"{NodeName}: metadata item '{item.Trim()}' is not key=value; write metadata as key=value;key=value.");
            }

            if (!pairs.TryAdd(key, item[(at + 1)..].Trim()))
            {
                throw new RosException(RosErrorCode.InvalidArguments, $"{NodeName}: metadata key '{key}' is given twice.");
            }
        }

        return pairs;
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
