using RoboMirror.Ros.Dds;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros.Tests.Dds;

/// <summary>Two participants of one process on one DDS domain over loopback, driven through IRosTransport.</summary>
public sealed class CycloneDdsTransportTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private static readonly NodeIdentity Talker = new("/", "talker");
    private static readonly NodeIdentity Listener = new("/robomirror", "listener");

    [RequiresCycloneDdsFact]
    public async Task Write_ReaderInOtherParticipant_ReceivesTheSameBytes()
    {
        using var dds = new TwoParticipants();
        var (a, b) = dds.Register(Talker, Listener);
        var topic = TwoParticipants.StringTopic("chatter");
        using var writer = a.CreateWriter(Talker, topic, QosProfile.Default);
        using var reader = b.CreateReader(Listener, topic, QosProfile.Default);
        await DdsTestEnvironment.WaitUntilAsync(() => writer.MatchedReaderCount == 1 && reader.MatchedWriterCount == 1, Wait, "writer and reader to match");

        // 4 + 4 + 7 = 15 bytes, padded to 16 by the serializer (options 00 01), as rmw_cyclonedds does.
        var sent = DdsSamples.String("héllo");
        var before = DateTimeOffset.UtcNow;
        writer.Write(sent);
        var (received, info) = await DdsSamples.TakeAsync(reader, Wait, "the sample");

        Assert.Equal(16, sent.Length);
        Assert.Equal(sent, received);
        Assert.Equal("héllo", DdsSamples.ReadString(received));
        Assert.Equal(16, info.PublisherGid.Length);
        Assert.InRange(info.SourceTimestamp, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Null(DdsSamples.TryTake(reader, out _));
    }

    [RequiresCycloneDdsFact]
    public async Task SetDataAvailableHandler_SampleArrives_HandlerIsSignalled()
    {
        using var dds = new TwoParticipants();
        var (a, b) = dds.Register(Talker, Listener);
        var topic = TwoParticipants.StringTopic("signal");
        using var writer = a.CreateWriter(Talker, topic, QosProfile.Default);
        using var reader = b.CreateReader(Listener, topic, QosProfile.Default);
        using var signalled = new SemaphoreSlim(0);
        reader.SetDataAvailableHandler(() => signalled.Release());
        while (signalled.CurrentCount > 0)
        {
            await signalled.WaitAsync(Wait); // the wake-up for samples that might already wait
        }

        await DdsTestEnvironment.WaitUntilAsync(() => writer.MatchedReaderCount == 1, Wait, "writer to match");
        writer.Write(DdsSamples.String("wake"));

        Assert.True(await signalled.WaitAsync(Wait), "the handler was not signalled");
        Assert.Equal("wake", DdsSamples.ReadString(DdsSamples.TryTake(reader, out _)!));
    }

    [RequiresCycloneDdsFact]
    public async Task CreateReader_TransientLocalLateJoiner_ReceivesTheLastSample()
    {
        using var dds = new TwoParticipants();
        var (a, b) = dds.Register(Talker, Listener);
        var topic = TwoParticipants.StringTopic("latched");
        using var writer = a.CreateWriter(Talker, topic, QosProfile.Latched);
        writer.Write(DdsSamples.String("first"));
        writer.Write(DdsSamples.String("last"));

        using var reader = b.CreateReader(Listener, topic, QosProfile.Latched);
        var (received, _) = await DdsSamples.TakeAsync(reader, Wait, "the latched sample");

        Assert.Equal("last", DdsSamples.ReadString(received));
    }

    [RequiresCycloneDdsFact]
    public async Task CreateReader_ReliableReaderAndBestEffortWriter_DoNotMatch()
    {
        using var dds = new TwoParticipants();
        var (a, b) = dds.Register(Talker, Listener);
        var topic = TwoParticipants.StringTopic("qos");
        using var bestEffort = a.CreateWriter(Talker, topic, QosProfile.SensorData);
        using var reliable = a.CreateWriter(Talker, topic, QosProfile.Default);
        using var reader = b.CreateReader(Listener, topic, QosProfile.Default);

        await DdsTestEnvironment.WaitUntilAsync(() => reliable.MatchedReaderCount == 1, Wait, "the reliable writer to match");
        Assert.Equal(1, reader.MatchedWriterCount);
        Assert.Equal(0, bestEffort.MatchedReaderCount);
    }

    [RequiresCycloneDdsFact]
    public async Task CreateWriter_UnregisteredNode_ThrowsNamingTheNode()
    {
        using var transport = CycloneDds.CreateTransport(DdsTestEnvironment.Options(DdsTestEnvironment.NextDomainId()));
        var topic = new TopicDescription("/x", DdsSamples.StringType);

        var error = Assert.Throws<InvalidOperationException>(() => transport.CreateWriter(new NodeIdentity("/", "ghost"), topic, QosProfile.Default));

        Assert.Contains("/ghost", error.Message, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [RequiresCycloneDdsFact]
    public async Task CreateTransport_MalformedConfiguration_ThrowsDdsExceptionNamingTheCall()
    {
        var options = DdsTestEnvironment.Options(DdsTestEnvironment.NextDomainId()) with
        {
            Configuration = "<CycloneDDS><Domain><General><NoSuchSetting>1</NoSuchSetting></General></Domain></CycloneDDS>",
        };

        var error = Assert.Throws<DdsException>(() => CycloneDds.CreateTransport(options));

        Assert.StartsWith($"dds_create_domain({options.DomainId}) failed with DDS_RETCODE_", error.Message, StringComparison.Ordinal);
        Assert.True(error.ReturnCode < 0);
        Assert.Equal(error.ReturnCodeName, error.Message.Split(' ')[3]);
        await Task.CompletedTask;
    }

    [RequiresCycloneDdsFact]
    public async Task Write_AfterDispose_ThrowsObjectDisposed()
    {
        using var transport = CycloneDds.CreateTransport(DdsTestEnvironment.Options(DdsTestEnvironment.NextDomainId()));
        transport.RegisterNode(Talker);
        var writer = transport.CreateWriter(Talker, new TopicDescription(DdsTestEnvironment.UniqueTopic("gone"), DdsSamples.StringType), QosProfile.Default);
        writer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => writer.Write(DdsSamples.String("x")));
        await Task.CompletedTask;
    }

    [RequiresCycloneDdsFact]
    public async Task Write_BytesThatAreNotCdr_ArrivePaddedAndNothingCrashes()
    {
        using var dds = new TwoParticipants();
        var (a, b) = dds.Register(Talker, Listener);
        var topic = TwoParticipants.StringTopic("garbage");
        using var writer = a.CreateWriter(Talker, topic, QosProfile.Default.WithKeepLast(20));
        using var reader = b.CreateReader(Listener, topic, QosProfile.Default.WithKeepLast(20));
        await DdsTestEnvironment.WaitUntilAsync(() => writer.MatchedReaderCount == 1 && reader.MatchedWriterCount == 1, Wait, "writer and reader to match");
        byte[][] samples = [[0xFF, 0xFF, 0xFF, 0xFF], [0x00, 0x01, 0x00, 0x03, 0x10], [7, 7, 7, 7, 7, 7, 7], [0x00, 0x01, 0x00], [0x09]];
        var after = DdsSamples.String("after");

        foreach (var sample in samples)
        {
            writer.Write(sample);
        }

        writer.Write([]);
        writer.Write(after);

        // Samples are padded with zeros to whole 4-byte units (DDSI's unit); plain CDR ones say so in their options.
        var received = new List<byte[]>();
        bool TakeUntilAfter()
        {
            while (DdsSamples.TryTake(reader, out _) is { } sample)
            {
                received.Add(sample);
                if (sample.AsSpan().SequenceEqual(after))
                {
                    return true;
                }
            }

            return false;
        }

        await DdsTestEnvironment.WaitUntilAsync(TakeUntilAfter, Wait, "the valid sample after the malformed ones");
        Assert.Equal([0xFF, 0xFF, 0xFF, 0xFF], received[0]);
        Assert.Equal([0x00, 0x01, 0x00, 0x03, 0x10, 0x00, 0x00, 0x00], received[1]);
        Assert.Equal([7, 7, 7, 7, 7, 7, 7, 0], received[2]);
        Assert.Equal([0x00, 0x01, 0x00, 0x00], received[3]);
        Assert.Equal([0x09, 0x00, 0x00, 0x00], received[4]);
        Assert.Equal(after, received[^1]);
    }
}
