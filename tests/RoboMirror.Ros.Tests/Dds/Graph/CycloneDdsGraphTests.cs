using RoboMirror.Ros.Dds;
using RoboMirror.Ros.Dds.Graph;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros.Tests.Dds.Graph;

/// <summary>Graph introspection between two participants: built-in topics plus ros_discovery_info.</summary>
public sealed class CycloneDdsGraphTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private static readonly NodeIdentity Camera = new("/perception", "camera");
    private static readonly NodeIdentity Tool = new("/", "robomirror_cli");

    [RequiresCycloneDdsFact]
    public async Task Endpoints_RemoteNodePublishes_ListsTopicTypeNodeAndQos()
    {
        using var dds = new TwoParticipants();
        var (remote, local) = dds;
        remote.RegisterNode(Camera);
        var topic = DdsTestEnvironment.UniqueTopic("image_info");
        var qos = QosProfile.SensorData.WithDeadline(TimeSpan.FromMilliseconds(100)).WithLiveliness(Liveliness.ManualByTopic, TimeSpan.FromMilliseconds(300));
        using var writer = remote.CreateWriter(Camera, new TopicDescription(topic, DdsSamples.StringType), qos);

        DiscoveredEndpoint? found = null;
        await DdsTestEnvironment.WaitUntilAsync(
            () => (found = local.Graph.Endpoints().FirstOrDefault(e => e.RosTopic == topic && e.Node is not null)) is not null, Wait, $"{topic} with its node");

        Assert.Equal("std_msgs/msg/String", found!.RosType);
        Assert.True(found.IsWriter);
        Assert.Equal(Camera, found.Node);
        Assert.Equal(Reliability.BestEffort, found.Qos.Reliability);
        Assert.Equal(Durability.Volatile, found.Qos.Durability);
        Assert.Equal(TimeSpan.FromMilliseconds(100), found.Qos.Deadline);
        Assert.Equal(Liveliness.ManualByTopic, found.Qos.Liveliness);
        Assert.Equal(TimeSpan.FromMilliseconds(300), found.Qos.LivelinessLeaseDuration);
        Assert.Null(found.Qos.Lifespan);
        Assert.Equal(16, found.Gid.Length);
        Assert.DoesNotContain(local.Graph.Endpoints(), e => e.RosTopic.Contains("ros_discovery_info", StringComparison.Ordinal));
    }

    [RequiresCycloneDdsFact]
    public async Task Nodes_RemoteNodeRegistersAndLeaves_AppearsThenDisappears()
    {
        var domain = DdsTestEnvironment.NextDomainId();
        using var local = CycloneDds.CreateTransport(DdsTestEnvironment.Options(domain));
        local.RegisterNode(Tool);
        var remote = CycloneDds.CreateTransport(DdsTestEnvironment.Options(domain));
        try
        {
            remote.RegisterNode(Camera);
            await DdsTestEnvironment.WaitUntilAsync(() => local.Graph.Nodes().Contains(Camera), Wait, "the remote node to appear");
            Assert.Contains(Tool, local.Graph.Nodes());

            remote.UnregisterNode(Camera);
            await DdsTestEnvironment.WaitUntilAsync(() => !local.Graph.Nodes().Contains(Camera), Wait, "the unregistered node to disappear");

            remote.RegisterNode(Camera);
            await DdsTestEnvironment.WaitUntilAsync(() => local.Graph.Nodes().Contains(Camera), Wait, "the node to reappear");
        }
        finally
        {
            remote.Dispose();
        }

        await DdsTestEnvironment.WaitUntilAsync(() => !local.Graph.Nodes().Contains(Camera), Wait, "the node of a closed participant to disappear");
    }

    [RequiresCycloneDdsFact]
    public async Task Nodes_HumbleParticipantOnJazzyGraph_BothLayoutsAreRead()
    {
        using var dds = new TwoParticipants(RosDistro.Humble, RosDistro.Jazzy);
        var (humble, jazzy) = dds.Register(Camera, Tool);

        await DdsTestEnvironment.WaitUntilAsync(() => jazzy.Graph.Nodes().Contains(Camera), Wait, "the Humble node on the Jazzy side");
        await DdsTestEnvironment.WaitUntilAsync(() => humble.Graph.Nodes().Contains(Tool), Wait, "the Jazzy node on the Humble side");
    }

    [RequiresCycloneDdsFact]
    public async Task UserData_ParticipantAndEndpoint_CarryEnclaveAndTypeHash()
    {
        using var dds = new TwoParticipants();
        var (remote, local) = dds;
        remote.RegisterNode(Camera);
        var topic = DdsTestEnvironment.UniqueTopic("hashed");
        using var writer = remote.CreateWriter(Camera, new TopicDescription(topic, DdsSamples.StringType), QosProfile.Default);
        var gid = remote.ParticipantGid;

        string? enclave = null, typeHash = null;
        await DdsTestEnvironment.WaitUntilAsync(() => (enclave = local.GraphInternals.ParticipantUserData(gid)) is not null, Wait, "the remote participant");
        var endpoint = local.Graph.Endpoints().FirstOrDefault(e => e.RosTopic == topic);
        await DdsTestEnvironment.WaitUntilAsync(
            () => (endpoint = local.Graph.Endpoints().FirstOrDefault(e => e.RosTopic == topic)) is not null
                && (typeHash = local.GraphInternals.EndpointUserData(endpoint.Gid.Span)) is not null,
            Wait,
            "the remote writer");

        Assert.Equal("enclave=/;", enclave);
        Assert.Equal($"typehash={DdsSamples.StringType.TypeHash};", typeHash);
    }

    [RequiresCycloneDdsFact]
    public async Task DiscoveryInfo_MalformedSamplesFromThePeer_AreCountedAndIgnored()
    {
        using var dds = new TwoParticipants();
        var (local, remote) = dds;
        local.RegisterNode(Tool);
        using var raw = remote.CreateRawWriter(ParticipantEntitiesInfoCodec.DdsTopic, ParticipantEntitiesInfoCodec.DdsType, QosProfile.Latched);
        await DdsTestEnvironment.WaitUntilAsync(() => raw.MatchedReaderCount >= 2, Wait, "the raw discovery writer to match");

        raw.Write([0x00, 0x01, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x7F]); // a participant Gid cut short
        raw.Write([0x00, 0x01, 0x00, 0x00, .. new byte[16], 0xFF, 0xFF, 0xFF, 0xFF]); // 4 billion nodes
        raw.Write([0x42]);
        await DdsTestEnvironment.WaitUntilAsync(() => local.MalformedDiscoverySamples >= 3, Wait, "three malformed samples to be counted");

        remote.RegisterNode(Camera);
        await DdsTestEnvironment.WaitUntilAsync(() => local.Graph.Nodes().Contains(Camera), Wait, "the graph to keep working");
        Assert.Contains(Tool, local.Graph.Nodes());
    }
}
