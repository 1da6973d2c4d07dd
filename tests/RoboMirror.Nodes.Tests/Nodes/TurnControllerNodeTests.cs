using RoboMirror.Controller.Session;
using RoboMirror.Controller.Turns;
using RoboMirror.Hardware.Description;
using RoboMirror.Nodes.Nodes;
using RoboMirror.Ros;
using RoboMirror.Ros.Messages.RobomirrorMsgs;
using RoboMirror.Ros.Parameters;
using RoboMirror.Ros.Qos;
using JointStateMessage = RoboMirror.Ros.Messages.SensorMsgs.JointState;
using RosTrajectory = RoboMirror.Ros.Messages.TrajectoryMsgs.JointTrajectory;
using RosTurnEvent = RoboMirror.Ros.Messages.RobomirrorMsgs.TurnEvent;
using RosTurnState = RoboMirror.Ros.Messages.RobomirrorMsgs.TurnState;

namespace RoboMirror.Nodes.Tests.Nodes;

public sealed class TurnControllerNodeTests
{
    /// <summary>The arm's joint state at home, stamped <paramref name="now"/>, every joint at <paramref name="speed"/> rad/s.</summary>
    private static void PublishHome(IPublisher<JointStateMessage> joints, ArmDescription arm, TimeSpan now, double speed = 0)
    {
        var joint = new JointStateMessage { Name = [.. arm.JointNames()], Position = [.. arm.Home], Velocity = [.. Enumerable.Repeat(speed, arm.JointCount)] };
        joint.Header.Stamp = SessionTime.Stamp(now);
        joints.Publish(joint);
    }

    [Fact(Timeout = 30_000)]
    public async Task Step_PartnerMovesThenStaysStill_ReactivePolicyCommandsTheAnswerAfterTheHold()
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var events = h.Collect<RosTurnEvent>(SessionTopics.TurnEvents, SessionTopics.Events);
        var states = h.Collect<RosTurnState>(SessionTopics.TurnState, SessionTopics.State);
        var commands = h.Collect<RosTrajectory>(SessionTopics.JointTrajectory(SessionTopics.DefaultController), QosProfile.Default);
        var partner = h.Peer.CreatePublisher<PartnerState>(SessionTopics.PartnerState, QosProfile.SensorData);
        var joints = h.Peer.CreatePublisher<JointStateMessage>(SessionTopics.JointStates, QosProfile.SensorData);
        var arm = ArmModels.Ur5e;
        using var controller = new TurnControllerNode(h.CreateNode(TurnControllerNode.NodeName), AnswerRepertoire.Synthetic(arm, seed: 1));
        var stillFrom = TimeSpan.FromSeconds(1.5);

        h.Advance(TimeSpan.FromSeconds(2.5), eachStep: now =>
        {
            PublishHome(joints, arm, now);
            if (now.Ticks % TimeSpan.FromMilliseconds(34).Ticks < TimeSpan.FromMilliseconds(2).Ticks)
            {
                var state = new PartnerState { Tracked = true, Active = now >= TimeSpan.FromSeconds(0.5) && now < stillFrom, RightArmMotionEnergy = 5 };
                state.Header.Stamp = SessionTime.Stamp(now);
                partner.Publish(state);
            }
        });

        var kinds = events.Select(e => (TurnEventKind)e.Kind).ToList();
        Assert.Equal([TurnEventKind.PartnerStarted, TurnEventKind.OnsetScheduled, TurnEventKind.CommandSent], kinds.Take(3));
        var sent = events.First(e => e.Kind == (byte)TurnEventKind.CommandSent);
        // The first still frame (published every 34 ms) starts the hold; the command follows the default hold.
        var hold = new RoboMirror.Controller.Policies.TimingSettings().ReactiveHold.TotalMilliseconds;
        Assert.InRange(SessionTime.Of(sent.Header.Stamp).TotalMilliseconds, stillFrom.TotalMilliseconds + hold - 50, stillFrom.TotalMilliseconds + hold + 100);
        var command = Assert.Single(commands);
        Assert.Equal(arm.JointNames(), command.JointNames);
        Assert.NotEmpty(command.Points);
        Assert.Equal("robot_turn", states[^1].StateName);
        Assert.Equal("reactive", states[^1].Policy);
    }

    [Fact(Timeout = 30_000)]
    public async Task Create_UnknownPolicy_ThrowsNamingTheValidOnes()
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var node = h.CreateNode("bad_controller", new Dictionary<string, ParameterValue> { ["policy"] = ParameterValue.From("eager") });

        var e = Assert.Throws<RosException>(() => new TurnControllerNode(node, AnswerRepertoire.Synthetic(ArmModels.Ur5e, seed: 1)));
        Assert.Contains("eager", e.Message, StringComparison.Ordinal);
        Assert.Contains("oracle", e.Message, StringComparison.Ordinal);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("resonance", "fist_bump")]
    [InlineData("mapping", "handshake")]
    public async Task AnswerSelection_ResonanceOrConfiguredMapping_ChoosesTheCommandedAnswer(string selection, string expected)
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var events = h.Collect<RosTurnEvent>(SessionTopics.TurnEvents, SessionTopics.Events);
        var partner = h.Peer.CreatePublisher<PartnerState>(SessionTopics.PartnerState, QosProfile.SensorData);
        var joints = h.Peer.CreatePublisher<JointStateMessage>(SessionTopics.JointStates, QosProfile.SensorData);
        var mirror = h.Peer.CreatePublisher<MirrorSignal>(SessionTopics.MirrorSignal, QosProfile.Default);
        var arm = ArmModels.Ur5e;
        var parameters = new Dictionary<string, ParameterValue>
        {
            ["answer_selection"] = ParameterValue.From(selection),
            ["answer_mapping"] = ParameterValue.From("waving=handshake;shaking=wave"),
        };
        using var controller = new TurnControllerNode(h.CreateNode(TurnControllerNode.NodeName, parameters), AnswerRepertoire.Synthetic(arm, seed: 1));

        // The network recognises waving, and the robot's fist bump resonates most with it.
        h.Advance(TimeSpan.FromSeconds(2.5), eachStep: now =>
        {
            PublishHome(joints, arm, now);
            if (now.Ticks % TimeSpan.FromMilliseconds(34).Ticks < TimeSpan.FromMilliseconds(2).Ticks)
            {
                var state = new PartnerState { Tracked = true, Active = now >= TimeSpan.FromSeconds(0.5) && now < TimeSpan.FromSeconds(1.5), RightArmMotionEnergy = 5 };
                state.Header.Stamp = SessionTime.Stamp(now);
                partner.Publish(state);
                var signal = new MirrorSignal
                {
                    GestureClasses = ["none", "waving", "shaking"],
                    GestureProbabilities = [0.05f, 0.9f, 0.05f],
                    ExpectedTimeToEnd = 1.5f,
                    RepertoireIds = ["wave", "handshake", "fist_bump"],
                    Resonance = [0.1f, 0.2f, 0.9f],
                };
                signal.ActivityProjection[0] = 0.9f;
                signal.ActivityProjection[1] = 0.9f;
                signal.ActivityProjection[2] = 0.8f;
                signal.ActivityProjection[3] = 0.6f;
                signal.Header.Stamp = SessionTime.Stamp(now);
                mirror.Publish(signal);
            }
        });

        var sent = events.First(e => e.Kind == (byte)TurnEventKind.CommandSent);
        Assert.StartsWith($"answer '{expected}'", sent.Evidence, StringComparison.Ordinal);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("mapping", "waving=moonwalk", "moonwalk")]
    [InlineData("mapping", "waving", "not gesture=answer")]
    [InlineData("telepathy", "waving=wave", "telepathy")]
    public async Task Create_BadAnswerSettings_ThrowNamingTheProblem(string selection, string mapping, string named)
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var node = h.CreateNode("bad_answers", new Dictionary<string, ParameterValue>
        {
            ["answer_selection"] = ParameterValue.From(selection),
            ["answer_mapping"] = ParameterValue.From(mapping),
        });

        var e = Assert.Throws<RosException>(() => new TurnControllerNode(node, AnswerRepertoire.Synthetic(ArmModels.Ur5e, seed: 1)));
        Assert.Contains("answer_mapping", e.Message, StringComparison.Ordinal);
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task SafetyParameters_PartnerTimeout_IsTheConfiguredOne()
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var events = h.Collect<RosTurnEvent>(SessionTopics.TurnEvents, SessionTopics.Events);
        var partner = h.Peer.CreatePublisher<PartnerState>(SessionTopics.PartnerState, QosProfile.SensorData);
        var joints = h.Peer.CreatePublisher<JointStateMessage>(SessionTopics.JointStates, QosProfile.SensorData);
        var arm = ArmModels.Ur5e;
        var parameters = new Dictionary<string, ParameterValue> { ["safety_partner_timeout_ms"] = ParameterValue.From(150.0) };
        using var controller = new TurnControllerNode(h.CreateNode(TurnControllerNode.NodeName, parameters), AnswerRepertoire.Synthetic(arm, seed: 1));

        // Partner data for 0.5 s, then none; joint states throughout.
        h.Advance(TimeSpan.FromSeconds(1.2), eachStep: now =>
        {
            PublishHome(joints, arm, now);
            if (now < TimeSpan.FromSeconds(0.5) && now.Ticks % TimeSpan.FromMilliseconds(34).Ticks < TimeSpan.FromMilliseconds(2).Ticks)
            {
                var state = new PartnerState { Tracked = true, Active = false };
                state.Header.Stamp = SessionTime.Stamp(now);
                partner.Publish(state);
            }
        });

        var hold = events.First(e => e.Kind == (byte)TurnEventKind.SafetyHoldEntered);
        Assert.Contains("limit 150 ms", hold.Evidence, StringComparison.Ordinal);
        Assert.InRange(SessionTime.Of(hold.Header.Stamp).TotalSeconds, 0.5, 0.75);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("yield_mode", "crawl", "yield_mode is 'crawl'")]
    [InlineData("safety_min_speed_scale", 2.0, "safety_")]
    [InlineData("default_answer", "moonwalk", "default_answer 'moonwalk'")]
    public async Task Create_BadYieldSafetyOrDefaultAnswer_ThrowsNamingIt(string name, object value, string expected)
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var parameter = value is double d ? ParameterValue.From(d) : ParameterValue.From((string)value);
        var node = h.CreateNode("bad_settings", new Dictionary<string, ParameterValue> { [name] = parameter });

        var e = Assert.Throws<RosException>(() => new TurnControllerNode(node, AnswerRepertoire.Synthetic(ArmModels.Ur5e, seed: 1)));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("stop")]
    [InlineData("slow")]
    public async Task YieldMode_PartnerResumesDuringTheAnswer_StopsOrSendsTheRestSlower(string mode)
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var events = h.Collect<RosTurnEvent>(SessionTopics.TurnEvents, SessionTopics.Events);
        var commands = h.Collect<RosTrajectory>(SessionTopics.JointTrajectory(SessionTopics.DefaultController), QosProfile.Default);
        var partner = h.Peer.CreatePublisher<PartnerState>(SessionTopics.PartnerState, QosProfile.SensorData);
        var joints = h.Peer.CreatePublisher<JointStateMessage>(SessionTopics.JointStates, QosProfile.SensorData);
        var arm = ArmModels.Ur5e;
        var parameters = new Dictionary<string, ParameterValue> { ["yield_mode"] = ParameterValue.From(mode), ["yield_speed_scale"] = ParameterValue.From(0.25) };
        using var controller = new TurnControllerNode(h.CreateNode(TurnControllerNode.NodeName, parameters), AnswerRepertoire.Synthetic(arm, seed: 1));

        // Moving 0.5-1.5 s, still (the reactive answer starts ~1.6 s), moving again from 2.2 s. The arm is reported
        // moving once it was commanded, so the controller sees its answer under way.
        h.Advance(TimeSpan.FromSeconds(3), eachStep: now =>
        {
            var moving = commands.Count > 0 && commands[^1].Points.Length > 0 && now > TimeSpan.FromSeconds(1.7);
            PublishHome(joints, arm, now, moving ? 0.3 : 0.0);
            if (now.Ticks % TimeSpan.FromMilliseconds(34).Ticks < TimeSpan.FromMilliseconds(2).Ticks)
            {
                var active = (now >= TimeSpan.FromSeconds(0.5) && now < TimeSpan.FromSeconds(1.5)) || now >= TimeSpan.FromSeconds(2.2);
                var state = new PartnerState { Tracked = true, Active = active, RightArmMotionEnergy = 5 };
                state.Header.Stamp = SessionTime.Stamp(now);
                partner.Publish(state);
            }
        });

        Assert.Contains(events, e => e.Kind == (byte)TurnEventKind.PartnerResumed);
        Assert.True(commands.Count >= 2, $"{commands.Count} commands");
        var first = commands[0];
        var afterResume = commands[1];
        if (mode == "stop")
        {
            Assert.Empty(afterResume.Points);
        }
        else
        {
            // The rest of the answer, four times slower: its remaining duration is at least 4 × what was left.
            Assert.NotEmpty(afterResume.Points);
            Assert.DoesNotContain(commands, c => c.Points.Length == 0);
            var firstEnd = first.Points[^1].TimeFromStart.Sec + (first.Points[^1].TimeFromStart.Nanosec / 1e9);
            var restEnd = afterResume.Points[^1].TimeFromStart.Sec + (afterResume.Points[^1].TimeFromStart.Nanosec / 1e9);
            Assert.True(restEnd > firstEnd, $"the slowed rest ends at {restEnd} s, the whole answer at {firstEnd} s");
        }
    }

    [Theory(Timeout = 30_000)]
    [InlineData(0.15, true)]
    [InlineData(3.0, false)]
    public async Task PartnerHands_NearTheArm_HoldItFarAway_DoNot(double distanceFromFlange, bool expectHold)
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var events = h.Collect<RosTurnEvent>(SessionTopics.TurnEvents, SessionTopics.Events);
        var partner = h.Peer.CreatePublisher<PartnerState>(SessionTopics.PartnerState, QosProfile.SensorData);
        var joints = h.Peer.CreatePublisher<JointStateMessage>(SessionTopics.JointStates, QosProfile.SensorData);
        var hands = h.Peer.CreatePublisher<RoboMirror.Ros.Messages.GeometryMsgs.PoseArray>(SessionTopics.PartnerHands, QosProfile.SensorData);
        var arm = ArmModels.Ur5e;
        using var controller = new TurnControllerNode(h.CreateNode(TurnControllerNode.NodeName), AnswerRepertoire.Synthetic(arm, seed: 1));

        // A hand next to the arm's flange at home (or far beyond it), the partner still.
        var frames = new RoboMirror.Hardware.Kinematics.Pose[arm.Kinematics.FrameCount];
        arm.Kinematics.ForwardKinematics([.. arm.Home], frames);
        var flange = frames[^1].Position;
        var hand = new RoboMirror.Ros.Messages.GeometryMsgs.Pose { Position = new RoboMirror.Ros.Messages.GeometryMsgs.Point { X = flange.X + distanceFromFlange, Y = flange.Y, Z = flange.Z } };

        h.Advance(TimeSpan.FromSeconds(1), eachStep: now =>
        {
            PublishHome(joints, arm, now);
            if (now.Ticks % TimeSpan.FromMilliseconds(34).Ticks < TimeSpan.FromMilliseconds(2).Ticks)
            {
                var state = new PartnerState { Tracked = true, Active = false };
                state.Header.Stamp = SessionTime.Stamp(now);
                partner.Publish(state);
                var message = new RoboMirror.Ros.Messages.GeometryMsgs.PoseArray { Poses = [hand] };
                message.Header.Stamp = SessionTime.Stamp(now);
                message.Header.FrameId = "base_link";
                hands.Publish(message);
            }
        });

        var hold = events.FirstOrDefault(e => e.Kind == (byte)TurnEventKind.SafetyHoldEntered);
        if (expectHold)
        {
            Assert.NotNull(hold);
            Assert.Contains("separation", hold.Evidence, StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            Assert.Null(hold);
        }
    }
}
