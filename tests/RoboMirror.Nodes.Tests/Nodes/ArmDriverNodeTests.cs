using RoboMirror.Controller.Session;
using RoboMirror.Hardware.Description;
using RoboMirror.Nodes.Nodes;
using RoboMirror.Ros.Qos;
using JointStateMessage = RoboMirror.Ros.Messages.SensorMsgs.JointState;
using RosTrajectory = RoboMirror.Ros.Messages.TrajectoryMsgs.JointTrajectory;

namespace RoboMirror.Nodes.Tests.Nodes;

public sealed class ArmDriverNodeTests
{
    [Fact(Timeout = 30_000)]
    public async Task Tick_EveryControlPeriod_PublishesJointStatesStampedOnTheNodeClock()
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var states = h.Collect<JointStateMessage>(SessionTopics.JointStates, QosProfile.SensorData);
        using var driver = new ArmDriverNode(h.CreateNode(ArmDriverNode.NodeName));

        h.Advance(TimeSpan.FromMilliseconds(100));

        Assert.InRange(states.Count, 45, 50);
        Assert.Equal(ArmModels.Ur5e.JointNames(), states[^1].Name);
        Assert.Equal(TimeSpan.FromMilliseconds(100), SessionTime.Of(states[^1].Header.Stamp));
        Assert.All(states[^1].Velocity, v => Assert.Equal(0, v));
    }

    [Fact(Timeout = 30_000)]
    public async Task Command_AnswerTrajectoryThenEmpty_ArmMovesThenStops()
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var states = h.Collect<JointStateMessage>(SessionTopics.JointStates, QosProfile.SensorData);
        var commands = h.Peer.CreatePublisher<RosTrajectory>(SessionTopics.JointTrajectory(SessionTopics.DefaultController));
        using var driver = new ArmDriverNode(h.CreateNode(ArmDriverNode.NodeName));
        var answer = AnswerRepertoire.Synthetic(ArmModels.Ur5e, seed: 1).Plan(AnswerIds.Wave, ArmModels.Ur5e.Home.ToArray());
        h.Advance(TimeSpan.FromMilliseconds(20));

        commands.Publish(TrajectoryMessages.ToMessage(answer, 1.0));
        h.Advance(TimeSpan.FromSeconds(1));
        var moving = states[^1].Velocity.Max(Math.Abs);
        commands.Publish(TrajectoryMessages.Stop(ArmModels.Ur5e.JointNames()));
        h.Advance(TimeSpan.FromSeconds(1));

        Assert.True(moving > 0.05, $"the arm moved at {moving} rad/s");
        Assert.True(states[^1].Velocity.Max(Math.Abs) < 1e-3, "the arm did not come to rest after the empty trajectory");
    }
}
