using RoboMirror.Ros.Dds;
using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros.Tests.Dds.Interop;

/// <summary>
/// RoboMirror sends messages to a foreign DDS program, which decodes them (and prints what it decoded),
/// changes them in a known way and sends them back: both directions, with the foreign program's own
/// generated types, over loopback UDP between processes.
/// </summary>
internal static class InteropScenarios
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static readonly NodeIdentity Node = new("/", "interop_test");

    public static string Prefix(InteropPeer peer) => peer == InteropPeer.CycloneC ? "c:" : "fastdds:";

    public static async Task StringAsync(InteropPeer peer)
    {
        string[] texts = ["hello ünïcode", "second message, a little longer"];
        var printed = texts.Select(t => $"received String data='{t}'").ToArray();
        var expected = texts.Select(t => DdsSamples.String(Prefix(peer) + t)).ToArray();
        await ExchangeAsync(peer, DdsSamples.StringType, "String", [.. texts.Select(DdsSamples.String)], printed, expected);
    }

    /// <summary>A sample far larger than one UDP datagram: it travels in fragments both ways.</summary>
    public static async Task LargeStringAsync(InteropPeer peer)
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => (char)('a' + (i % 26)))) + " end";
        await ExchangeAsync(
            peer, DdsSamples.StringType, "String", [DdsSamples.String(text)], [$"received String data='{text}'"], [DdsSamples.String(Prefix(peer) + text)]);
    }

    public static async Task JointStateAsync(InteropPeer peer)
    {
        string[] names = ["shoulder_pan", "elbow"];
        var sent = DdsSamples.JointState(12, 345, "base_link", names, [1.5, -0.25], [0.1, 0.2], []);
        var printed = "received JointState frame_id='base_link' stamp=12.000000345 names=2 shoulder_pan=1.5 elbow=-0.25";
        var expected = DdsSamples.JointState(12, 345, Prefix(peer) + "base_link", names, [3.0, -0.5], [0.1, 0.2], []);
        await ExchangeAsync(peer, DdsSamples.JointStateType, "JointState", [sent], [printed], [expected]);
    }

    private static async Task ExchangeAsync(InteropPeer peer, MessageTypeInfo type, string peerType, byte[][] send, string[] printed, byte[][] expected)
    {
        var executable = await InteropPeers.ExecutableAsync(peer);
        var domain = DdsTestEnvironment.NextDomainId();
        var toPeer = DdsTestEnvironment.UniqueTopic("to_peer");
        var fromPeer = DdsTestEnvironment.UniqueTopic("from_peer");
        using var transport = CycloneDds.CreateTransport(DdsTestEnvironment.Options(domain));
        transport.RegisterNode(Node);
        using var reader = transport.CreateReader(Node, new TopicDescription(fromPeer, type), QosProfile.Default);
        using var writer = transport.CreateWriter(Node, new TopicDescription(toPeer, type), QosProfile.Default);
        using var process = PeerProcess.Start(
            executable, ["echo", domain.ToString(System.Globalization.CultureInfo.InvariantCulture), peerType, "rt" + toPeer, "rt" + fromPeer, send.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), "60"]);
        await process.WaitForLineAsync("ready", Wait);
        await DdsTestEnvironment.WaitUntilAsync(
            () => writer.MatchedReaderCount == 1 && reader.MatchedWriterCount == 1, Wait, $"the {peer} peer's reader and writer to match. It printed:\n{process.Output}");

        // The graph shows the foreign writer: ROS names, QoS as announced, no node (it publishes no ros_discovery_info).
        var foreign = transport.Graph.Endpoints().Single(e => e.RosTopic == fromPeer && e.IsWriter);
        Assert.Equal(type.RosName, foreign.RosType);
        Assert.Null(foreign.Node);
        Assert.Equal(Reliability.Reliable, foreign.Qos.Reliability);
        Assert.Equal(Durability.Volatile, foreign.Qos.Durability);

        foreach (var sample in send)
        {
            writer.Write(sample);
        }

        foreach (var line in printed)
        {
            await process.WaitForLineAsync(line, Wait);
        }

        foreach (var sample in expected)
        {
            var (received, info) = await DdsSamples.TakeAsync(reader, Wait, $"the {peer} peer's reply");
            if (peer == InteropPeer.CycloneC)
            {
                // Cyclone's C serializer pads and marks padding exactly as RoboMirror's does.
                Assert.Equal(Convert.ToHexString(sample), Convert.ToHexString(received));
            }
            else
            {
                Assert.True(DdsSamples.SamePayload(sample, received), $"expected {Convert.ToHexString(sample)}, received {Convert.ToHexString(received)}");
            }

            Assert.Equal(16, info.PublisherGid.Length);
        }

        Assert.Equal(0, await process.WaitForExitAsync(Wait));
    }
}
