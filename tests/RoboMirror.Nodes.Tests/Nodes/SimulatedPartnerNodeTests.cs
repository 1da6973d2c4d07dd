using RoboMirror.Controller.Simulation;
using RoboMirror.Hardware.Description;
using RoboMirror.Nodes.Nodes;
using RoboMirror.Nodes.Session;
using RoboMirror.Ros.Messages.RobomirrorMsgs;
using RoboMirror.Ros.Qos;
using RosString = RoboMirror.Ros.Messages.StdMsgs.String;

namespace RoboMirror.Nodes.Tests.Nodes;

public sealed class SimulatedPartnerNodeTests
{
    [Fact(Timeout = 30_000)]
    public async Task Tick_ThirtyHertz_PublishesSkeletonsAndTheFirstGesturesTruth()
    {
        await Task.Yield();
        using var h = new NodeHarness();
        var skeletons = h.Collect<PartnerState>(SessionTopics.PartnerSkeleton, QosProfile.SensorData);
        var truth = h.Collect<RosString>(SessionTopics.PartnerTruth, SessionTopics.Truth);
        var material = PartnerSources.Load("synthetic", null, seed: 3, ArmModels.Ur5e);
        using var partner = new SimulatedPartnerNode(h.CreateNode(SimulatedPartnerNode.NodeName), material);

        h.Advance(TimeSpan.FromSeconds(2));

        Assert.InRange(skeletons.Count, 58, 61);
        Assert.All(skeletons, s => Assert.True(s.Tracked));
        Assert.Equal(PartnerStateMessages.BodyFrame, skeletons[^1].Header.FrameId);
        var record = PartnerTruthJson.Read(Assert.Single(truth).Data);
        Assert.Equal(partner.Turns[0], record);
        Assert.Equal(TimeSpan.FromSeconds(2.0), record.Start); // first_start_s 1.5 + the synthetic clip's 0.5 s of rest
        Assert.Contains(record.Gesture, SyntheticGestures.Names);
        Assert.Equal("synthetic", partner.Source);
    }
}
