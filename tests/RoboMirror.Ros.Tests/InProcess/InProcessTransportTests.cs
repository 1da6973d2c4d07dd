using System.Buffers;
using Microsoft.Extensions.Time.Testing;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Transport;
using static RoboMirror.Ros.Tests.InProcess.TransportTestKit;

namespace RoboMirror.Ros.Tests.InProcess;

public sealed class InProcessTransportTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly IRosTransport _transport;

    public InProcessTransportTests()
    {
        _transport = TransportFactory.Create(TransportKind.InProcess, new TransportOptions { TimeProvider = _clock });
        _transport.RegisterNode(TestNode);
    }

    public void Dispose() => _transport.Dispose();

    [Fact]
    public void Write_MatchedReader_ReceivesSamplesInOrder()
    {
        using var writer = _transport.CreateWriter(TestNode, Topic(), QosProfile.Default);
        using var reader = _transport.CreateReader(TestNode, Topic(), QosProfile.Default);

        WriteIds(writer, 1, 2, 3);

        Assert.Equal([1, 2, 3], TakeAll(reader));
    }

    [Fact]
    public void TryTake_Sample_CarriesWriterGidAndTimestamp()
    {
        using var writer = _transport.CreateWriter(TestNode, Topic(), QosProfile.Default);
        using var reader = _transport.CreateReader(TestNode, Topic(), QosProfile.Default);
        writer.Write([7]);

        Assert.True(reader.TryTake(new ArrayBufferWriter<byte>(), out var info));

        Assert.Equal(_clock.GetUtcNow(), info.SourceTimestamp);
        var endpoint = Assert.Single(_transport.Graph.Endpoints(), e => e.IsWriter);
        Assert.Equal(endpoint.Gid.ToArray(), info.PublisherGid.ToArray());
    }

    [Fact]
    public void Write_KeepLastDepthReached_DropsOldest()
    {
        using var writer = _transport.CreateWriter(TestNode, Topic(), QosProfile.Default);
        using var reader = _transport.CreateReader(TestNode, Topic(), QosProfile.Default.WithKeepLast(2));

        WriteIds(writer, 1, 2, 3, 4);

        Assert.Equal([3, 4], TakeAll(reader));
    }

    [Fact]
    public void Write_KeepAll_KeepsEverySample()
    {
        using var writer = _transport.CreateWriter(TestNode, Topic(), QosProfile.Default);
        using var reader = _transport.CreateReader(TestNode, Topic(), QosProfile.Default.WithKeepLast(1).WithKeepAll());
        var ids = Enumerable.Range(0, 50).Select(i => (byte)i).ToArray();

        WriteIds(writer, ids);

        Assert.Equal(ids, TakeAll(reader));
    }

    [Fact]
    public void CreateReader_BestEffortWriterAndReliableReader_DoNotMatch()
    {
        using var writer = _transport.CreateWriter(TestNode, Topic(), QosProfile.SensorData);
        using var reader = _transport.CreateReader(TestNode, Topic(), QosProfile.Default);

        WriteIds(writer, 1);

        Assert.Equal(0, writer.MatchedReaderCount);
        Assert.Equal(0, reader.MatchedWriterCount);
        Assert.Empty(TakeAll(reader));
    }

    [Fact]
    public void CreateReader_ReliableWriterAndBestEffortReader_Match()
    {
        using var writer = _transport.CreateWriter(TestNode, Topic(), QosProfile.Default);
        using var reader = _transport.CreateReader(TestNode, Topic(), QosProfile.SensorData);

        WriteIds(writer, 1);

        Assert.Equal(1, writer.MatchedReaderCount);
        Assert.Equal([1], TakeAll(reader));
    }

    [Fact]
    public void CreateReader_VolatileWriterAndTransientLocalReader_DoNotMatch()
    {
        using var writer = _transport.CreateWriter(TestNode, Topic(), QosProfile.Default);
        using var reader = _transport.CreateReader(TestNode, Topic(), QosProfile.Latched);

        Assert.Equal(0, writer.MatchedReaderCount);
        Assert.Equal(0, reader.MatchedWriterCount);
    }

    [Fact]
    public void CreateReader_TransientLocalLateJoiner_ReceivesLastDepthSamples()
    {
        using var writer = _transport.CreateWriter(TestNode, Topic(), QosProfile.Latched.WithKeepLast(3));
        WriteIds(writer, 1, 2, 3, 4, 5);

        using var reader = _transport.CreateReader(TestNode, Topic(), QosProfile.Latched.WithKeepLast(10));

        Assert.Equal([3, 4, 5], TakeAll(reader));
    }

    [Fact]
    public void CreateReader_TransientLocalLateJoinerWithSmallerDepth_KeepsItsOwnDepth()
    {
        using var writer = _transport.CreateWriter(TestNode, Topic(), QosProfile.Latched.WithKeepLast(5));
        WriteIds(writer, 1, 2, 3, 4, 5);

        using var reader = _transport.CreateReader(TestNode, Topic(), QosProfile.Latched.WithKeepLast(2));

        Assert.Equal([4, 5], TakeAll(reader));
    }

    [Fact]
    public void CreateReader_VolatileLateJoiner_ReceivesOnlyNewSamples()
    {
        using var writer = _transport.CreateWriter(TestNode, Topic(), QosProfile.Latched);
        WriteIds(writer, 1);

        using var reader = _transport.CreateReader(TestNode, Topic(), QosProfile.Default);
        WriteIds(writer, 2);

        Assert.Equal([2], TakeAll(reader));
    }

    [Fact]
    public void MatchedCounts_EndpointsCreatedAndDisposed_FollowThem()
    {
        using var writer = _transport.CreateWriter(TestNode, Topic(), QosProfile.Default);
        var first = _transport.CreateReader(TestNode, Topic(), QosProfile.Default);
        using var second = _transport.CreateReader(TestNode, Topic(), QosProfile.SensorData);
        Assert.Equal(2, writer.MatchedReaderCount);

        first.Dispose();

        Assert.Equal(1, writer.MatchedReaderCount);
        writer.Dispose();
        Assert.Equal(0, second.MatchedWriterCount);
    }

    [Fact]
    public void CreateReader_OtherTypeOnSameTopic_DoesNotMatch()
    {
        using var writer = _transport.CreateWriter(TestNode, Topic("/t", TypeA), QosProfile.Default);
        using var reader = _transport.CreateReader(TestNode, Topic("/t", TypeB), QosProfile.Default);

        WriteIds(writer, 1);

        Assert.Equal(0, writer.MatchedReaderCount);
        Assert.Empty(TakeAll(reader));
    }

    [Fact]
    public void TryTake_SamplePastWriterLifespan_IsNotDelivered()
    {
        using var writer = _transport.CreateWriter(TestNode, Topic(), QosProfile.Default.WithLifespan(TimeSpan.FromMilliseconds(100)));
        using var reader = _transport.CreateReader(TestNode, Topic(), QosProfile.Default);
        WriteIds(writer, 1);
        _clock.Advance(TimeSpan.FromMilliseconds(150));
        WriteIds(writer, 2);

        Assert.Equal([2], TakeAll(reader));
    }

    [Fact]
    public void SetDataAvailableHandler_SamplesAlreadyWaiting_RaisesAtOnce()
    {
        using var writer = _transport.CreateWriter(TestNode, Topic(), QosProfile.Latched);
        WriteIds(writer, 1);
        using var reader = _transport.CreateReader(TestNode, Topic(), QosProfile.Latched);
        var raised = 0;

        reader.SetDataAvailableHandler(() => raised++);

        Assert.Equal(1, raised);
    }

    [Fact]
    public void Write_HandlerSet_RaisedOncePerSample()
    {
        using var writer = _transport.CreateWriter(TestNode, Topic(), QosProfile.Default);
        using var reader = _transport.CreateReader(TestNode, Topic(), QosProfile.Default);
        var raised = 0;
        reader.SetDataAvailableHandler(() => raised++);

        WriteIds(writer, 1, 2);

        Assert.Equal(2, raised);
    }

    [Fact]
    public void Graph_EndpointsAndNodes_AreListedWithTypesAndQos()
    {
        using var writer = _transport.CreateWriter(TestNode, Topic("/a"), QosProfile.Latched);
        using var reader = _transport.CreateReader(TestNode, Topic("/b", TypeB), QosProfile.SensorData);

        var endpoints = _transport.Graph.Endpoints();

        Assert.Contains(endpoints, e => e is { RosTopic: "/a", RosType: "test_msgs/msg/A", IsWriter: true } && e.Qos == QosProfile.Latched && e.Node == TestNode);
        Assert.Contains(endpoints, e => e is { RosTopic: "/b", RosType: "test_msgs/msg/B", IsWriter: false } && e.Qos == QosProfile.SensorData);
        Assert.Equal([TestNode], _transport.Graph.Nodes());
    }

    [Fact]
    public void CreateWriter_AfterDispose_ThrowsRosExceptionDisposed()
    {
        _transport.Dispose();

        var error = Assert.Throws<RosException>(() => _transport.CreateWriter(TestNode, Topic(), QosProfile.Default));

        Assert.Equal(RosErrorCode.Disposed, error.Code);
    }
}
