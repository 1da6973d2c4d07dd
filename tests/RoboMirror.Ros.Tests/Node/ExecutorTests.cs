using RosString = RoboMirror.Ros.Messages.StdMsgs.String;

namespace RoboMirror.Ros.Tests.Node;

public sealed class ExecutorTests : IDisposable
{
    private readonly NodeTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void SpinOnce_TwoNodes_RunsCallbacksOfBoth()
    {
        using var a = _kit.Context.CreateNode("a");
        using var b = _kit.Context.CreateNode("b");
        using var executor = _kit.Context.CreateExecutor();
        executor.Add(a);
        executor.Add(b);
        var received = new List<string>();
        using var subA = a.CreateSubscription<RosString>("/x", m => received.Add("a:" + m.Data));
        using var subB = b.CreateSubscription<RosString>("/x", m => received.Add("b:" + m.Data));
        using var publisher = a.CreatePublisher<RosString>("/x");

        publisher.Publish(new RosString { Data = "1" });

        Assert.Equal(2, executor.SpinOnce(NodeTestKit.Patience));
        Assert.Equal(["a:1", "b:1"], received.Order());
    }

    [Fact]
    public async Task Spin_ManyThreadsPublishing_EveryMessageDeliveredOnSpinningThread()
    {
        using var node = _kit.Context.CreateNode("a");
        using var cancel = new CancellationTokenSource(NodeTestKit.Patience);
        var received = new HashSet<string>();
        var threads = new HashSet<int>();
        using var subscription = node.CreateSubscription<RosString>("/x", m =>
        {
            received.Add(m.Data);
            threads.Add(Environment.CurrentManagedThreadId);
            if (received.Count == 1000)
            {
                cancel.Cancel();
            }
        }, RoboMirror.Ros.Qos.QosProfile.Default.WithKeepAll());
        using var publisher = node.CreatePublisher<RosString>("/x");

        var publishing = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 250; i++)
            {
                publisher.Publish(new RosString { Data = $"{t}:{i}" });
            }
        })).ToArray();
        var spinner = Environment.CurrentManagedThreadId;
        _kit.Context.Spin(node, cancel.Token);
        await Task.WhenAll(publishing).WaitAsync(NodeTestKit.Patience);

        Assert.Equal(1000, received.Count);
        Assert.Equal([spinner], threads);
    }

    [Fact]
    public void Add_NodeInAnotherExecutor_ThrowsInvalidOperation()
    {
        using var node = _kit.Context.CreateNode("a");
        using var first = _kit.Context.CreateExecutor();
        using var second = _kit.Context.CreateExecutor();
        first.Add(node);

        var error = Assert.Throws<RosException>(() => second.Add(node));

        Assert.Equal(RosErrorCode.InvalidOperation, error.Code);
        Assert.Contains("/a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_NodeRemovedFromOtherExecutor_RunsPendingWork()
    {
        using var node = _kit.Context.CreateNode("a");
        using var first = _kit.Context.CreateExecutor();
        using var second = _kit.Context.CreateExecutor();
        first.Add(node);
        var received = 0;
        using var subscription = node.CreateSubscription<RosString>("/x", _ => received++);
        using var publisher = node.CreatePublisher<RosString>("/x");
        publisher.Publish(new RosString());

        first.Remove(node);
        second.Add(node);

        Assert.Equal(1, second.SpinOnce(TimeSpan.Zero));
        Assert.Equal(1, received);
    }

    [Fact]
    public void SpinOnce_CallbackThrows_ExceptionReachesCaller()
    {
        using var node = _kit.Context.CreateNode("a");
        using var subscription = node.CreateSubscription<RosString>("/x", _ => throw new InvalidOperationException("user bug"));
        using var publisher = node.CreatePublisher<RosString>("/x");
        publisher.Publish(new RosString());

        var error = Assert.Throws<InvalidOperationException>(() => _kit.Context.SpinOnce(node, TimeSpan.Zero));

        Assert.Equal("user bug", error.Message);
    }

    [Fact]
    public async Task Spin_Cancelled_Returns()
    {
        using var node = _kit.Context.CreateNode("a");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        var spinning = Task.Run(() => _kit.Context.Spin(node, cancel.Token));

        await spinning.WaitAsync(NodeTestKit.Patience);
        Assert.True(spinning.IsCompletedSuccessfully);
    }
}
