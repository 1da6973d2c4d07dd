using RoboMirror.Ros.Dds;
using RoboMirror.Ros.Tests.Dds;
using RoboMirror.Ros.Transport;
using RosString = RoboMirror.Ros.Messages.StdMsgs.String;

namespace RoboMirror.Ros.Tests.Node;

public sealed class DdsNodeTests
{
    [Fact]
    public void Init_DdsWithoutLibrary_ThrowsTransportUnavailableNamingPackage()
    {
        var options = new RosContextOptions
        {
            Transport = TransportKind.Dds,
            Dds = new CycloneDdsTransportOptions { LibraryCandidates = ["libddsc-not-installed.so.9"] },
        };

        var error = Assert.Throws<RosException>(() => Ros2.Init(options));

        Assert.Equal(RosErrorCode.TransportUnavailable, error.Code);
        Assert.Contains("apt-get install libddsc0debian", error.Message, StringComparison.Ordinal);
    }

    [RequiresCycloneDdsFact]
    public async Task Spin_OverCycloneDds_CallbackRunsOnSpinningThreadNotListenerThread()
    {
        var options = new RosContextOptions { Transport = TransportKind.Dds, Dds = DdsTestEnvironment.Options(DdsTestEnvironment.NextDomainId()) };
        using var ros = Ros2.Init(options);
        using var node = ros.CreateNode("dds_listener");
        var topic = DdsTestEnvironment.UniqueTopic("chatter");
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var heard = new List<(string Text, int Thread)>();
        using var subscription = node.CreateSubscription<RosString>(topic, m =>
        {
            heard.Add((m.Data, Environment.CurrentManagedThreadId));
            cancel.Cancel();
        });
        using var publisher = node.CreatePublisher<RosString>(topic);
        await DdsTestEnvironment.WaitUntilAsync(() => publisher.MatchedSubscriptionCount == 1, TimeSpan.FromSeconds(10), "the DDS reader to match");

        var spinningThread = Environment.CurrentManagedThreadId;
        publisher.Publish(new RosString { Data = "over dds" });
        ros.Spin(node, cancel.Token);

        Assert.Equal([("over dds", spinningThread)], heard);
        Assert.Equal("cyclonedds", ros.TransportName);
    }
}
