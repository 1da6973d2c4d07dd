using RoboMirror.Ros.Messages.StdMsgs;
using RoboMirror.Ros.Qos;
using RosString = RoboMirror.Ros.Messages.StdMsgs.String;

namespace RoboMirror.Nodes.Tests.Commands;

public sealed class TopicListInfoTests : IDisposable
{
    private readonly TopicTestBus _bus = new();

    public void Dispose() => _bus.Dispose();

    [Fact]
    public async Task List_ShowTypes_PrintsSortedTopicsWithTypesAndHidesHidden()
    {
        using var node = _bus.Context.CreateNode("talker");
        using var chatter = node.CreatePublisher<RosString>("/chatter");
        using var flag = node.CreateSubscription<Bool>("/a/flag", _ => { });
        using var hidden = node.CreatePublisher<RosString>("/_internal/x");

        var (exitCode, output) = await _bus.RunAsync("topic", "list", "-t");

        Assert.Equal(0, exitCode);
        Assert.Equal("/a/flag [std_msgs/msg/Bool]\n/chatter [std_msgs/msg/String]\n", output);
    }

    [Fact]
    public async Task List_CountWithHidden_PrintsNumber()
    {
        using var node = _bus.Context.CreateNode("talker");
        using var chatter = node.CreatePublisher<RosString>("/chatter");
        using var hidden = node.CreatePublisher<RosString>("/_internal/x");

        var (_, output) = await _bus.RunAsync("topic", "list", "-c", "-a");

        Assert.Equal("2\n", output);
    }

    [Fact]
    public async Task Info_PublisherAndSubscription_PrintsTypeAndCounts()
    {
        using var node = _bus.Context.CreateNode("talker");
        using var publisher = node.CreatePublisher<RosString>("/chatter");
        using var subscription = node.CreateSubscription<RosString>("/chatter", _ => { });

        var (exitCode, output) = await _bus.RunAsync("topic", "info", "/chatter");

        Assert.Equal(0, exitCode);
        Assert.Equal("Type: std_msgs/msg/String\nPublisher count: 1\nSubscription count: 1\n", output);
    }

    [Fact]
    public async Task Info_Verbose_PrintsEndpointNodeGidAndQos()
    {
        using var node = _bus.Context.CreateNode("talker", "/lab");
        using var publisher = node.CreatePublisher<RosString>("/chatter", QosProfile.Latched);

        var (_, output) = await _bus.RunAsync("topic", "info", "-v", "/chatter");

        Assert.StartsWith("Type: std_msgs/msg/String\n\nPublisher count: 1\n\nNode name: talker\nNode namespace: /lab\n", output, StringComparison.Ordinal);
        Assert.Contains("Topic type hash: RIHS01_df668c740482bbd48fb39d76a70dfd4bd59db1288021743503259e948f6b1a18\n", output, StringComparison.Ordinal);
        Assert.Contains("Endpoint type: PUBLISHER\nGID: ", output, StringComparison.Ordinal);
        Assert.Contains(
            "QoS profile:\n  Reliability: RELIABLE\n  History (Depth): KEEP_LAST (1)\n  Durability: TRANSIENT_LOCAL\n  Lifespan: Infinite\n"
            + "  Deadline: Infinite\n  Liveliness: AUTOMATIC\n  Liveliness lease duration: Infinite\n\nSubscription count: 0\n",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Info_UnknownTopic_FailsNamingIt()
    {
        var (exitCode, output) = await _bus.RunAsync("topic", "info", "/nope");

        Assert.Equal(1, exitCode);
        Assert.Equal("error: Unknown topic '/nope'\n", output);
    }

    [Fact]
    public async Task List_BadTransport_FailsValidation()
    {
        using var console = new Spectre.Console.Testing.TestConsole();

        var exitCode = await RoboMirror.Nodes.CommandLine.Build(console).RunAsync(["topic", "list", "--transport", "carrier-pigeon"]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("carrier-pigeon", console.Output, StringComparison.Ordinal);
    }
}
