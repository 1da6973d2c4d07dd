using System.Numerics;
using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Segmentation;
using RoboMirror.Perception.Skeleton;
using RoboMirror.Perception.Streaming;
using RoboMirror.Ros;
using RoboMirror.Ros.Messages.HriMsgs;
using RoboMirror.Ros.Messages.RobomirrorMsgs;
using RoboMirror.Ros.Messages.GeometryMsgs;
using RoboMirror.Ros.Qos;
using Quaternion = RoboMirror.Ros.Messages.GeometryMsgs.Quaternion;
using Vector3 = System.Numerics.Vector3;

namespace RoboMirror.Nodes.Nodes;

/// <summary>
/// Partner perception as a node: skeletons in (the 3D canonical skeleton on /robomirror/partner_skeleton,
/// and ROS4HRI's /humans/bodies/tracked with each body's /humans/bodies/&lt;id&gt;/skeleton2d), through
/// <see cref="PerceptionPipeline"/> and <see cref="ActivitySegmenter"/>, out as robomirror_msgs/PartnerState
/// on /robomirror/partner_state, one per released frame of the partner. With <c>camera_to_base</c> set (the tracker's
/// pose in the robot's base frame), it also publishes the partner's tracked hands in that frame as
/// geometry_msgs/PoseArray on /robomirror/partner_hands (frame <c>base_frame</c>): what the turn controller's
/// speed-and-separation monitor measures against the arm.
/// </summary>
internal sealed class PartnerPerceptionNode : IDisposable
{
    /// <summary>The node's name.</summary>
    public const string NodeName = "partner_perception";

    private const int Coco18Values = 18 * 3;

    private readonly INode _node;
    private readonly PerceptionPipeline _pipeline;
    private readonly ActivitySegmenter _segmenter;
    private readonly IPublisher<PartnerState> _states;
    private readonly IPublisher<PartnerState> _observed;
    private readonly BadFrameWarnings _badFrames;
    private readonly ISubscription<PartnerState> _skeletons;
    private readonly ISubscription<IdsList> _tracked;
    private readonly Dictionary<string, ISubscription<Skeleton2D>> _bodies = new(StringComparer.Ordinal);
    private readonly IRosTimer _advance;
    private readonly CanonicalSkeleton _input = new();
    private readonly PartnerState _message = new();
    private readonly PartnerState _observedMessage = new();
    private readonly float[] _xyc = new float[Coco18Values];
    private readonly IPublisher<PoseArray>? _hands;
    private readonly PoseArray _handsMessage = new();

    public PartnerPerceptionNode(INode node)
    {
        _node = node ?? throw new ArgumentNullException(nameof(node));
        var reorderMs = node.DeclareParameter("reorder_window_ms", 0.0);
        var advanceHz = node.DeclareParameter("advance_rate_hz", 10.0);
        if (!(reorderMs >= 0) || !(advanceHz > 0))
        {
            throw new RosException(RosErrorCode.InvalidArguments, $"{NodeName}: reorder_window_ms ({reorderMs}) must not be negative and advance_rate_hz ({advanceHz}) must be positive.");
        }

        var segmenter = SegmenterOptions.Default;
        var onThreshold = node.DeclareParameter("segmenter_on_threshold", (double)segmenter.OnThreshold);
        var offThreshold = node.DeclareParameter("segmenter_off_threshold", (double)segmenter.OffThreshold);
        var minOn = node.DeclareParameter("segmenter_min_on_ms", segmenter.MinOnDuration.TotalMilliseconds);
        var minOff = node.DeclareParameter("segmenter_min_off_ms", segmenter.MinOffDuration.TotalMilliseconds);
        var driftOn = node.DeclareParameter("segmenter_drift_on_threshold", (double)segmenter.DriftOnThreshold);
        var driftOff = node.DeclareParameter("segmenter_drift_off_threshold", (double)segmenter.DriftOffThreshold);
        var driftWindowMs = node.DeclareParameter("drift_window_ms", StreamOptions.Default.DriftWindow.TotalMilliseconds);
        if (!(driftWindowMs >= 0))
        {
            throw new RosException(RosErrorCode.InvalidArguments, $"{NodeName}: drift_window_ms ({driftWindowMs}) must not be negative (0 turns hand drift off).");
        }
        try
        {
            _segmenter = new ActivitySegmenter(segmenter with
            {
                OnThreshold = (float)onThreshold,
                OffThreshold = (float)offThreshold,
                MinOnDuration = TimeSpan.FromMilliseconds(minOn),
                MinOffDuration = TimeSpan.FromMilliseconds(minOff),

                // 0 turns drift off: the energy alone decides.
                DriftOnThreshold = driftOn == 0 ? float.PositiveInfinity : (float)driftOn,
                DriftOffThreshold = (float)driftOff,
            });
        }
        catch (ArgumentException e)
        {
            throw new RosException(RosErrorCode.InvalidArguments, $"{NodeName}: segmenter parameters: {e.Message}", e);
        }

        var cameraToBase = node.DeclareParameter("camera_to_base", string.Empty);
        var baseFrame = node.DeclareParameter("base_frame", "base_link");
        RobotWorkspace? workspace = null;
        if (cameraToBase.Length > 0)
        {
            try
            {
                workspace = new RobotWorkspace(CameraToBase.Parse(cameraToBase), Vector3.Zero, 1f);
            }
            catch (FormatException e)
            {
                throw new RosException(RosErrorCode.InvalidArguments, $"{NodeName}: {e.Message}", e);
            }

            _hands = node.CreatePublisher<PoseArray>(SessionTopics.PartnerHands, QosProfile.SensorData);
            _handsMessage.Header.FrameId = baseFrame;
        }

        _pipeline = new PerceptionPipeline(new StreamOptions { ReorderWindow = TimeSpan.FromMilliseconds(reorderMs), Workspace = workspace, DriftWindow = TimeSpan.FromMilliseconds(driftWindowMs) });
        _pipeline.FeaturesReady += OnFeatures;
        _pipeline.PartnerLost += OnPartnerLost;
        _badFrames = new BadFrameWarnings(node.Logger, NodeName, SessionTopics.PartnerSkeleton);
        _states = node.CreatePublisher<PartnerState>(SessionTopics.PartnerState, QosProfile.SensorData);
        _observed = node.CreatePublisher<PartnerState>(SessionTopics.PartnerObserved, QosProfile.SensorData);
        _skeletons = node.CreateSubscription<PartnerState>(SessionTopics.PartnerSkeleton, OnSkeleton, QosProfile.SensorData);
        _tracked = node.CreateSubscription<IdsList>(SessionTopics.TrackedBodies, OnTracked, QosProfile.Default);
        _advance = node.CreateTimer(TimeSpan.FromSeconds(1 / advanceHz), () => _pipeline.Advance(SessionTime.Now(_node)));
    }

    /// <summary>Frames dropped or repaired so far, by reason.</summary>
    public RejectionCounts Rejections => _pipeline.Rejections;

    /// <summary>Skeleton messages dropped before perception because a tracked joint was not a finite position or had a confidence out of range.</summary>
    public long BadFrames => _badFrames.Count;

    private void OnSkeleton(PartnerState message)
    {
        if (!message.Tracked)
        {
            return;
        }

        if (!PartnerStateMessages.TryReadSkeleton(message, _input, out var problem))
        {
            _badFrames.Dropped(problem!);
            return;
        }

        _pipeline.Push(_input);
    }

    /// <summary>Follows the tracked bodies: subscribes to each new body's skeleton, drops bodies no longer listed (ROS4HRI ids are per detection, so they must not pile up).</summary>
    private void OnTracked(IdsList message)
    {
        foreach (var id in message.Ids)
        {
            if (!_bodies.ContainsKey(id))
            {
                _bodies[id] = _node.CreateSubscription<Skeleton2D>(SessionTopics.Skeleton2D(id), m => OnSkeleton2D(id, m), QosProfile.SensorData);
            }
        }

        foreach (var gone in _bodies.Keys.Where(id => !message.Ids.Contains(id)).ToList())
        {
            _bodies[gone].Dispose();
            _bodies.Remove(gone);
        }
    }

    private void OnSkeleton2D(string id, Skeleton2D message)
    {
        var points = message.Skeleton;
        Array.Clear(_xyc);
        for (var i = 0; i < Math.Min(points.Length, Coco18Values / 3); i++)
        {
            _xyc[3 * i] = points[i].X;
            _xyc[(3 * i) + 1] = points[i].Y;
            _xyc[(3 * i) + 2] = points[i].C;
        }

        _pipeline.Push(SkeletonLayouts.Coco18, _xyc, default, SessionTime.Of(message.Header.Stamp), id);
    }

    private void OnFeatures(PersonFeatures features)
    {
        if (features.PersonId != _pipeline.PartnerId)
        {
            return;
        }

        _segmenter.Update(features.Timestamp, features.MotionEnergy, features.HandDrift);
        PartnerStateMessages.FillFeatures(_message, features, _segmenter.IsActive);
        _states.Publish(_message);
        PartnerStateMessages.FillObserved(_observedMessage, features, _segmenter.IsActive);
        _observed.Publish(_observedMessage);
        if (_hands is not null && features.HasWorkspace)
        {
            PublishHands(features);
        }
    }

    /// <summary>The tracked hands in the robot's base frame (an untracked hand is left out; none: an empty array).</summary>
    private void PublishHands(PersonFeatures features)
    {
        var count = (features.Skeleton.IsTracked(CanonicalJoint.LeftHand) ? 1 : 0) + (features.Skeleton.IsTracked(CanonicalJoint.RightHand) ? 1 : 0);
        if (_handsMessage.Poses.Length != count)
        {
            _handsMessage.Poses = [.. Enumerable.Range(0, count).Select(_ => new Pose { Orientation = new Quaternion { W = 1 } })];
        }

        var i = 0;
        if (features.Skeleton.IsTracked(CanonicalJoint.LeftHand))
        {
            Set(_handsMessage.Poses[i++], features.LeftHandInRobot);
        }

        if (features.Skeleton.IsTracked(CanonicalJoint.RightHand))
        {
            Set(_handsMessage.Poses[i], features.RightHandInRobot);
        }

        _handsMessage.Header.Stamp = SessionTime.Stamp(features.Timestamp);
        _hands!.Publish(_handsMessage);

        static void Set(Pose pose, Vector3 p)
        {
            pose.Position.X = p.X;
            pose.Position.Y = p.Y;
            pose.Position.Z = p.Z;
        }
    }

    private void OnPartnerLost(string id)
    {
        _segmenter.Reset();
        PartnerStateMessages.FillLost(_message, SessionTime.Now(_node), id);
        _states.Publish(_message);
        PartnerStateMessages.FillLost(_observedMessage, SessionTime.Now(_node), id);
        _observed.Publish(_observedMessage);
    }

    public void Dispose()
    {
        _advance.Dispose();
        foreach (var body in _bodies.Values)
        {
            body.Dispose();
        }

        _tracked.Dispose();
        _skeletons.Dispose();
        _states.Dispose();
        _observed.Dispose();
        _hands?.Dispose();
    }
}
