using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Transport;
using RosString = RoboMirror.Ros.Messages.StdMsgs.String;

namespace RoboMirror.Ros.Tests.Node;

public sealed class PublishSubscribeTests : IDisposable
{
    private readonly NodeTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void SpinOnce_MessagePublished_CallbackGetsMessage()
    {
        using var node = _kit.Context.CreateNode("talker");
        var received = new List<string>();
        using var subscription = node.CreateSubscription<RosString>("chatter", m => received.Add(m.Data));
        using var publisher = node.CreatePublisher<RosString>("chatter");

        publisher.Publish(new RosString { Data = "hello" });
        publisher.Publish(new RosString { Data = "world" });
        var ran = _kit.Context.SpinOnce(node, TimeSpan.Zero);

        Assert.Equal(2, ran);
        Assert.Equal(["hello", "world"], received);
        Assert.Equal(2, subscription.ReceivedCount);
    }

    [Fact]
    public void Publish_BeforeSpin_CallbackDoesNotRunOnPublishingThread()
    {
        using var node = _kit.Context.CreateNode("talker");
        var received = 0;
        using var subscription = node.CreateSubscription<RosString>("chatter", _ => received++);
        using var publisher = node.CreatePublisher<RosString>("chatter");

        publisher.Publish(new RosString { Data = "x" });

        Assert.Equal(0, received);
    }

    [Fact]
    public async Task Spin_MessagePublishedFromOtherThread_CallbackRunsOnSpinningThread()
    {
        using var node = _kit.Context.CreateNode("listener");
        var spinningThread = Environment.CurrentManagedThreadId;
        int? callbackThread = null;
        using var cancel = new CancellationTokenSource(NodeTestKit.Patience);
        using var subscription = node.CreateSubscription<RosString>("chatter", _ =>
        {
            callbackThread = Environment.CurrentManagedThreadId;
            cancel.Cancel();
        });
        using var publisher = node.CreatePublisher<RosString>("chatter");

        var publishing = Task.Run(() => publisher.Publish(new RosString { Data = "from another thread" }));
        _kit.Context.Spin(node, cancel.Token);
        await publishing.WaitAsync(NodeTestKit.Patience);

        Assert.Equal(spinningThread, callbackThread);
    }

    [Fact]
    public void SpinOnce_NothingReady_ReturnsZeroAfterTimeout()
    {
        using var node = _kit.Context.CreateNode("idle");

        Assert.Equal(0, _kit.Context.SpinOnce(node, TimeSpan.FromMilliseconds(20)));
    }

    [Fact]
    public void Publish_MatchedCounts_ReportBothSides()
    {
        using var node = _kit.Context.CreateNode("n");
        using var publisher = node.CreatePublisher<RosString>("/chatter");
        Assert.Equal(0, publisher.MatchedSubscriptionCount);

        using var subscription = node.CreateSubscription<RosString>("/chatter", _ => { }, QosProfile.SensorData);

        Assert.Equal(1, publisher.MatchedSubscriptionCount);
        Assert.Equal(1, subscription.MatchedPublisherCount);
    }

    [Fact]
    public void SpinOnce_MalformedSample_DroppedCountedAndLogged()
    {
        using var node = _kit.Context.CreateNode("listener");
        var received = new List<string>();
        using var subscription = node.CreateSubscription<RosString>("chatter", m => received.Add(m.Data));
        using var raw = _kit.Transport.CreateWriter(new NodeIdentity("/", "raw"), new TopicDescription("/chatter", RosString.TypeInfo), QosProfile.Default);
        using var publisher = node.CreatePublisher<RosString>("chatter");

        raw.Write([0x00, 0x01, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00]); // string length far past the end
        raw.Write([0x07]); // shorter than the encapsulation header
        publisher.Publish(new RosString { Data = "good" });
        _kit.Context.SpinOnce(node, TimeSpan.Zero);

        Assert.Equal(["good"], received);
        Assert.Equal(2, subscription.DroppedCount);
        var line = Assert.Single(_kit.Logs.Lines, l => l.Contains("dropped", StringComparison.Ordinal));
        Assert.Contains("/chatter", line, StringComparison.Ordinal);
        Assert.Contains("std_msgs/msg/String", line, StringComparison.Ordinal);
    }

    [Fact]
    public void SpinOnce_TransientLocalLateSubscription_GetsLatchedMessage()
    {
        using var node = _kit.Context.CreateNode("n");
        using var publisher = node.CreatePublisher<RosString>("robot_description", QosProfile.Latched);
        publisher.Publish(new RosString { Data = "<robot/>" });
        string? received = null;

        using var subscription = node.CreateSubscription<RosString>("robot_description", m => received = m.Data, QosProfile.Latched);
        _kit.Context.SpinOnce(node, TimeSpan.Zero);

        Assert.Equal("<robot/>", received);
    }

    [Fact]
    public async Task AwaitForeach_SubscriptionWithoutCallback_YieldsMessages()
    {
        using var node = _kit.Context.CreateNode("n");
        using var subscription = node.CreateSubscription<RosString>("chatter");
        using var publisher = node.CreatePublisher<RosString>("chatter");
        using var cancel = new CancellationTokenSource(NodeTestKit.Patience);
        var received = new List<string>();

        var reading = Task.Run(async () =>
        {
            await foreach (var message in subscription.WithCancellation(cancel.Token))
            {
                received.Add(message.Data);
                if (received.Count == 3)
                {
                    break;
                }
            }
        });
        foreach (var text in new[] { "a", "b", "c" })
        {
            publisher.Publish(new RosString { Data = text });
        }

        await reading.WaitAsync(NodeTestKit.Patience);
        Assert.Equal(["a", "b", "c"], received);
    }

    [Fact]
    public async Task AwaitForeach_SubscriptionDisposed_EndsEnumeration()
    {
        using var node = _kit.Context.CreateNode("n");
        var subscription = node.CreateSubscription<RosString>("chatter");
        var reading = Task.Run(async () =>
        {
            var count = 0;
            await foreach (var unused in subscription)
            {
                count++;
            }

            return count;
        });

        subscription.Dispose();

        Assert.Equal(0, await reading.WaitAsync(NodeTestKit.Patience));
    }

    [Fact]
    public void GetAsyncEnumerator_SubscriptionWithCallback_ThrowsInvalidOperation()
    {
        using var node = _kit.Context.CreateNode("n");
        using var subscription = node.CreateSubscription<RosString>("chatter", _ => { });

        var error = Assert.Throws<RosException>(() => subscription.GetAsyncEnumerator());

        Assert.Equal(RosErrorCode.InvalidOperation, error.Code);
    }

    [Fact]
    public void Publish_AfterDispose_ThrowsDisposed()
    {
        using var node = _kit.Context.CreateNode("n");
        var publisher = node.CreatePublisher<RosString>("chatter");
        publisher.Dispose();

        var error = Assert.Throws<RosException>(() => publisher.Publish(new RosString()));

        Assert.Equal(RosErrorCode.Disposed, error.Code);
    }

    [Fact]
    public void SpinOnce_SubscriptionDisposed_CallbackNoLongerRuns()
    {
        using var node = _kit.Context.CreateNode("n");
        var received = 0;
        var subscription = node.CreateSubscription<RosString>("chatter", _ => received++);
        using var publisher = node.CreatePublisher<RosString>("chatter");
        publisher.Publish(new RosString());

        subscription.Dispose();
        _kit.Context.SpinOnce(node, TimeSpan.Zero);

        Assert.Equal(0, received);
        Assert.Equal(0, publisher.MatchedSubscriptionCount);
    }
}
