using RoboMirror.Nodes.Nodes;
using RoboMirror.Ros.Recording;
using RoboMirror.Ros.Serialization;
using RosString = RoboMirror.Ros.Messages.StdMsgs.String;
using RosTurnEvent = RoboMirror.Ros.Messages.RobomirrorMsgs.TurnEvent;

namespace RoboMirror.Nodes.Tests.Nodes;

public sealed class RecorderNodeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("robomirror-rec-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact(Timeout = 30_000)]
    public async Task Complete_AfterMessages_FileHoldsThemAtSessionTimeAndTheMetadata()
    {
        await Task.Yield();
        var path = Path.Combine(_root, "s.mcap");
        using (var h = new NodeHarness())
        {
            var events = h.Peer.CreatePublisher<RosTurnEvent>(SessionTopics.TurnEvents, SessionTopics.Events);
            var truth = h.Peer.CreatePublisher<RosString>(SessionTopics.PartnerTruth, SessionTopics.Truth);
            using var recorder = new RecorderNode(h.CreateNode(RecorderNode.NodeName), path);
            h.Advance(TimeSpan.FromMilliseconds(10));
            events.Publish(TurnMessages.ToMessage(new Controller.Turns.TurnEvent(h.Now, Controller.Turns.TurnEventKind.PartnerStarted, Controller.Turns.TurnState.Idle, Controller.Turns.TurnState.PartnerTurn, "energy 5")));
            truth.Publish(new RosString { Data = "{}" });
            h.Spin();
            recorder.Complete(new Dictionary<string, string> { ["policy"] = "oracle" });
            Assert.Equal(2, recorder.MessageCount);
        }

        using var reader = McapReader.Open(path);
        var messages = reader.ReadMessages([SessionTopics.TurnEvents]).ToList();
        var message = Assert.Single(messages);
        Assert.Equal(10_000_000UL, message.LogTime);
        Assert.Equal("energy 5", RosSerializer.Deserialize<RosTurnEvent>(message.Data.Span).Evidence);
        Assert.Equal("oracle", Assert.Single(reader.ReadMetadata(RecorderNode.SessionMetadata)).Values["policy"]);
        Assert.Equal("robomirror_msgs/msg/TurnEvent", reader.Channels.Values.Single(c => c.Topic == SessionTopics.TurnEvents).Schema!.Name);
    }
}
