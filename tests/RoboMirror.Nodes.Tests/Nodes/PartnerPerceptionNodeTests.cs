using RoboMirror.Controller.Simulation;
using RoboMirror.Nodes.Nodes;
using RoboMirror.Perception.Skeleton;
using RoboMirror.Ros.Messages.HriMsgs;
using RoboMirror.Ros.Messages.RobomirrorMsgs;
using RoboMirror.Ros.Qos;

namespace RoboMirror.Nodes.Tests.Nodes;

public sealed class PartnerPerceptionNodeTests
{
    [Fact(Timeout = 30_000)]
    public async Task Skeletons_AWaveThenRest_PartnerStateTurnsActiveThenInactive()
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var states = h.Collect<PartnerState>(SessionTopics.PartnerState, QosProfile.SensorData);
        using var perception = new PartnerPerceptionNode(h.CreateNode(PartnerPerceptionNode.NodeName));
        var clip = SyntheticGestures.Create("waving", new Random(1));

        SendWave(h, clip, clip.Duration + TimeSpan.FromSeconds(2.5));

        Assert.True(states.Count > 100, $"{states.Count} partner states");
        var firstActive = states.FindIndex(s => s.Active);
        Assert.True(firstActive > 0, "the partner never turned active");
        var activeAt = SessionTime.Of(states[firstActive].Header.Stamp);
        Assert.InRange(activeAt, clip.ActivityStart, clip.ActivityStart + TimeSpan.FromSeconds(1));
        Assert.False(states[^1].Active);
        Assert.Equal("p1", states[^1].PartnerId);
        Assert.True(states.Max(s => s.RightArmMotionEnergy) > states.Max(s => s.LeftArmMotionEnergy));
    }

    [Fact(Timeout = 30_000)]
    public async Task Skeletons_AWave_PartnerObservedCarriesTheJointsUnfilteredBesideTheFilteredState()
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var states = h.Collect<PartnerState>(SessionTopics.PartnerState, QosProfile.SensorData);
        var observed = h.Collect<PartnerState>(SessionTopics.PartnerObserved, QosProfile.SensorData);
        using var perception = new PartnerPerceptionNode(h.CreateNode(PartnerPerceptionNode.NodeName));
        var clip = SyntheticGestures.Create("waving", new Random(1));
        var sent = new Dictionary<TimeSpan, double>();

        SendWave(h, clip, clip.Duration, (message, _) => sent[SessionTime.Of(message.Header.Stamp)] = message.Joints[PartnerState.RIGHT_HAND].Z);

        // One observed message per state, same stamps and activity; the observed hand is the one sent, the filtered one lags.
        Assert.Equal(states.Count, observed.Count);
        Assert.True(observed.Count > 100, $"{observed.Count} observed messages");
        Assert.All(observed.Zip(states), p => Assert.Equal(SessionTime.Of(p.Second.Header.Stamp), SessionTime.Of(p.First.Header.Stamp)));
        Assert.All(observed.Zip(states), p => Assert.Equal(p.Second.Active, p.First.Active));
        Assert.All(observed, o => Assert.Equal(sent[SessionTime.Of(o.Header.Stamp)], o.Joints[PartnerState.RIGHT_HAND].Z, 5));
        var lag = observed.Zip(states).Max(p => Math.Abs(p.First.Joints[PartnerState.RIGHT_HAND].Z - p.Second.Joints[PartnerState.RIGHT_HAND].Z));
        Assert.True(lag > 0.01, $"the filtered hand never differed from the observed one (largest difference {lag})");
    }

    [Fact(Timeout = 30_000)]
    public async Task Skeletons_FrameWithANaNJoint_IsDroppedAndCountedWhileTheOthersGoThrough()
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var states = h.Collect<PartnerState>(SessionTopics.PartnerState, QosProfile.SensorData);
        using var perception = new PartnerPerceptionNode(h.CreateNode(PartnerPerceptionNode.NodeName));
        var clip = SyntheticGestures.Create("waving", new Random(1));

        // Frames at 0, 33 and 67 ms; the second one's left hand is not a number.
        var sent = SendWave(h, clip, TimeSpan.FromMilliseconds(90), (message, index) =>
        {
            if (index == 1)
            {
                message.Joints[PartnerState.LEFT_HAND].X = double.NaN;
            }
        });

        Assert.Equal(3, sent);
        Assert.Equal(2, states.Count);
        Assert.Equal(1, perception.BadFrames);
        Assert.All(states, s => Assert.True(double.IsFinite(s.Joints[PartnerState.LEFT_HAND].X)));
    }

    [Fact(Timeout = 30_000)]
    public async Task Ros4Hri_TrackedBodyWithSkeleton2D_IsFollowedAsThePartner()
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var states = h.Collect<PartnerState>(SessionTopics.PartnerState, QosProfile.SensorData);
        var tracked = h.Peer.CreatePublisher<IdsList>(SessionTopics.TrackedBodies);
        var skeleton = h.Peer.CreatePublisher<Skeleton2D>(SessionTopics.Skeleton2D("b7"), QosProfile.SensorData);
        using var perception = new PartnerPerceptionNode(h.CreateNode(PartnerPerceptionNode.NodeName));
        tracked.Publish(new IdsList { Ids = ["b7"] });
        h.Spin();
        var next = TimeSpan.Zero;

        h.Advance(TimeSpan.FromSeconds(2), eachStep: now =>
        {
            if (now >= next)
            {
                skeleton.Publish(Coco18(now));
                next += TimeSpan.FromSeconds(1.0 / 30);
            }
        });

        Assert.True(states.Count > 40, $"{states.Count} partner states");
        Assert.All(states, s => Assert.Equal("b7", s.PartnerId));
        Assert.Equal(1, skeleton.MatchedSubscriptionCount);
        tracked.Publish(new IdsList { Ids = [] });
        h.Spin();
        Assert.Equal(0, skeleton.MatchedSubscriptionCount);
        Assert.True(states.Exists(s => s.Active), $"never active; largest energy {states.Max(s => Math.Max(s.LeftArmMotionEnergy, s.RightArmMotionEnergy))}");
    }

    /// <summary>
    /// Publishes <paramref name="clip"/> on /robomirror/partner_skeleton at 30 Hz while the harness advances by
    /// <paramref name="duration"/>; <paramref name="edit"/> sees each message (and its index) before it goes out. Returns
    /// how many were sent.
    /// </summary>
    private static int SendWave(NodeHarness h, GestureClip clip, TimeSpan duration, Action<PartnerState, int>? edit = null)
    {
        var input = h.Peer.CreatePublisher<PartnerState>(SessionTopics.PartnerSkeleton, QosProfile.SensorData);
        var frame = new CanonicalSkeleton();
        var message = new PartnerState();
        var next = TimeSpan.Zero;
        var sent = 0;
        h.Advance(duration, eachStep: now =>
        {
            if (now >= next)
            {
                clip.FrameAt(now).CopyTo(frame);
                frame.Timestamp = now;
                PartnerStateMessages.FillSkeleton(message, frame, "p1");
                edit?.Invoke(message, sent);
                input.Publish(message);
                sent++;
                next += TimeSpan.FromSeconds(1.0 / 30);
            }
        });
        return sent;
    }

    /// <summary>A person facing the camera waving the right hand (COCO-18, normalised image coordinates).</summary>
    private static Skeleton2D Coco18(TimeSpan t)
    {
        var swing = 0.16f * MathF.Sin((float)(t.TotalSeconds * 2 * Math.PI * 1.5));
        (float X, float Y)[] points =
        [
            (0.50f, 0.20f), (0.50f, 0.30f), (0.42f, 0.30f), (0.36f, 0.22f), (0.34f + swing, 0.12f),
            (0.58f, 0.30f), (0.60f, 0.42f), (0.61f, 0.52f), (0.45f, 0.55f), (0.45f, 0.72f),
            (0.45f, 0.90f), (0.55f, 0.55f), (0.55f, 0.72f), (0.55f, 0.90f), (0.48f, 0.18f),
            (0.52f, 0.18f), (0.46f, 0.19f), (0.54f, 0.19f),
        ];
        var message = new Skeleton2D { Skeleton = [.. points.Select(p => new NormalizedPointOfInterest2D { X = p.X, Y = p.Y, C = 0.9f })] };
        message.Header.Stamp = SessionTime.Stamp(t);
        return message;
    }

    [Fact(Timeout = 30_000)]
    public async Task CameraToBase_Set_PublishesTheTrackedHandsInTheRobotsBaseFrame()
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var hands = h.Collect<RoboMirror.Ros.Messages.GeometryMsgs.PoseArray>(SessionTopics.PartnerHands, QosProfile.SensorData);
        var input = h.Peer.CreatePublisher<PartnerState>(SessionTopics.PartnerSkeleton, QosProfile.SensorData);

        // The camera 2 m along the base's x axis, turned to face it (yaw π): a point 0.5 m in front of the camera is
        // 1.5 m from the base.
        var parameters = new Dictionary<string, RoboMirror.Ros.Parameters.ParameterValue> { ["camera_to_base"] = RoboMirror.Ros.Parameters.ParameterValue.From("2 0 0 0 0 3.14159265") };
        using var perception = new PartnerPerceptionNode(h.CreateNode(PartnerPerceptionNode.NodeName, parameters));
        var clip = SyntheticGestures.Create("waving", new Random(1));
        var frame = new CanonicalSkeleton();
        var message = new PartnerState();
        var next = TimeSpan.Zero;
        var lastRightHand = System.Numerics.Vector3.Zero;

        // The whole wave, then rest: the filtered hand has settled where the camera sees it.
        h.Advance(clip.Duration + TimeSpan.FromSeconds(1.5), eachStep: now =>
        {
            if (now >= next)
            {
                clip.FrameAt(now).CopyTo(frame);
                frame.Timestamp = now;
                lastRightHand = frame.Position(CanonicalJoint.RightHand);
                PartnerStateMessages.FillSkeleton(message, frame, "p1");
                input.Publish(message);
                next += TimeSpan.FromSeconds(1.0 / 30);
            }
        });

        Assert.NotEmpty(hands);
        var last = hands[^1];
        Assert.Equal("base_link", last.Header.FrameId);
        Assert.Equal(2, last.Poses.Length);

        // The partner's right hand as the camera saw it, mapped by hand: (x, y, z) → (2 − x, −y, z).
        var expected = new System.Numerics.Vector3(2 - lastRightHand.X, -lastRightHand.Y, lastRightHand.Z);
        var right = last.Poses[1].Position;
        Assert.True(Math.Abs(right.X - expected.X) + Math.Abs(right.Y - expected.Y) + Math.Abs(right.Z - expected.Z) < 0.03, $"expected {expected}, got ({right.X}, {right.Y}, {right.Z}); left ({last.Poses[0].Position.X}, {last.Poses[0].Position.Y}, {last.Poses[0].Position.Z})");
    }

    [Theory(Timeout = 30_000)]
    [InlineData("1 2 3")]
    [InlineData("1 2 3 0 0 x")]
    public async Task CameraToBase_Malformed_IsRefusedSayingWhatIsExpected(string text)
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var node = h.CreateNode("bad_perception", new Dictionary<string, RoboMirror.Ros.Parameters.ParameterValue> { ["camera_to_base"] = RoboMirror.Ros.Parameters.ParameterValue.From(text) });

        var e = Assert.Throws<RoboMirror.Ros.RosException>(() => new PartnerPerceptionNode(node));
        Assert.Contains("x y z (m) roll pitch yaw (rad)", e.Message, StringComparison.Ordinal);
    }
}
