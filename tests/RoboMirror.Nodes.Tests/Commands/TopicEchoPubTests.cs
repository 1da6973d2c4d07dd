using RoboMirror.Ros.Qos;
using RosString = RoboMirror.Ros.Messages.StdMsgs.String;

namespace RoboMirror.Nodes.Tests.Commands;

public sealed class TopicEchoPubTests : IDisposable
{
    private readonly TopicTestBus _bus = new();

    public void Dispose() => _bus.Dispose();

    [Fact]
    public async Task EchoOnce_LatchedMessage_PrintsYamlAndSeparator()
    {
        using var node = _bus.Context.CreateNode("talker");
        using var publisher = node.CreatePublisher<RosString>("/chatter", QosProfile.Latched);
        publisher.Publish(new RosString { Data = "hello" });

        var (exitCode, output) = await _bus.RunAsync("topic", "echo", "--once", "/chatter", "std_msgs/msg/String");

        Assert.Equal(0, exitCode);
        Assert.Equal("data: hello\n---\n", output);
    }

    [Fact]
    public async Task EchoOnce_NoType_TakesTypeFromGraphAndWaitsForMessage()
    {
        using var node = _bus.Context.CreateNode("talker");
        using var publisher = node.CreatePublisher<RosString>("/chatter");
        using var cancel = new CancellationTokenSource(TopicTestBus.Patience);

        var echo = _bus.RunAsync(cancel.Token, "topic", "echo", "--once", "/chatter");
        await WaitUntilAsync(() => publisher.MatchedSubscriptionCount == 1, cancel.Token);
        publisher.Publish(new RosString { Data = "true" });
        var (exitCode, output) = await echo;

        Assert.Equal(0, exitCode);
        Assert.Equal("data: 'true'\n---\n", output);
    }

    [Fact]
    public async Task Echo_UnknownTopicWithoutType_FailsSayingSo()
    {
        var (exitCode, output) = await _bus.RunAsync("topic", "echo", "--once", "/nothing");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("error: Could not determine the type for the passed topic '/nothing'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Echo_UnknownType_FailsNamingIt()
    {
        var (exitCode, output) = await _bus.RunAsync("topic", "echo", "/chatter", "no_msgs/msg/Nothing");

        Assert.Equal(1, exitCode);
        Assert.Contains("'no_msgs/msg/Nothing'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pub_WaitAndTimes_DeliversEachMessageAndPrintsRosStyle()
    {
        using var node = _bus.Context.CreateNode("listener");
        using var subscription = node.CreateSubscription<RosString>("/chatter");
        using var cancel = new CancellationTokenSource(TopicTestBus.Patience);
        var received = new List<string>();

        var (exitCode, output) = await _bus.RunAsync(cancel.Token, "topic", "pub", "-w", "1", "--times", "3", "-r", "100", "--keep-alive", "0", "/chatter", "std_msgs/msg/String", "{data: hello}");
        await foreach (var message in subscription.WithCancellation(cancel.Token))
        {
            received.Add(message.Data);
            if (received.Count == 3)
            {
                break;
            }
        }

        Assert.Equal(0, exitCode);
        Assert.Equal(["hello", "hello", "hello"], received);
        var expected = "Waiting for at least 1 matching subscription(s)...\npublisher: beginning loop\n"
            + string.Concat(Enumerable.Range(1, 3).Select(i => $"publishing #{i}: std_msgs.msg.String(data='hello')\n\n"));
        Assert.Equal(expected, output);
    }

    [Fact]
    public async Task PubOnce_NoSubscriberYet_WaitsUntilOneMatches()
    {
        using var cancel = new CancellationTokenSource(TopicTestBus.Patience);
        var pub = _bus.RunAsync(cancel.Token, "topic", "pub", "--once", "--keep-alive", "0", "/late", "std_msgs/msg/String", "{data: x}");
        await Task.Delay(200, cancel.Token);
        Assert.False(pub.IsCompleted);

        using var node = _bus.Context.CreateNode("late_listener");
        using var subscription = node.CreateSubscription<RosString>("/late");
        var (exitCode, _) = await pub;

        Assert.Equal(0, exitCode);
        await using var reader = subscription.GetAsyncEnumerator(cancel.Token);
        Assert.True(await reader.MoveNextAsync());
        Assert.Equal("x", reader.Current.Data);
    }

    [Theory]
    [InlineData("{data: [unclosed", "not valid YAML")]
    [InlineData("[1, 2]", "needs to be a dictionary")]
    [InlineData("{colour: red}", "colour")]
    public async Task Pub_BadValues_FailsWithoutPublishing(string values, string expected)
    {
        var (exitCode, output) = await _bus.RunAsync("topic", "pub", "--once", "-w", "0", "/chatter", "std_msgs/msg/String", values);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("error: ", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain("publishing #", output, StringComparison.Ordinal);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        while (!condition())
        {
            await Task.Delay(10, cancellationToken);
        }
    }
}
