using RoboMirror.Ros.Dds.Native;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros.Dds;

/// <summary>
/// Writes serialized samples with <c>dds_writecdr</c>. The bytes are copied into one native serdata,
/// padded with zeros to a multiple of 4 where they are not already (DDSI sends whole 4-byte units), with
/// the padding count in the encapsulation options, as Cyclone DDS and rmw_cyclonedds do
/// (<see cref="SamplePadding"/>). Safe to call from several threads.
/// </summary>
internal sealed unsafe class CycloneDdsWriter : ITransportWriter
{
    private readonly DdscApi _api;
    private readonly DdsTopic _topic;
    private readonly DdsEntityHandle _writer;
    private readonly Action<CycloneDdsWriter>? _onDispose;
    private int _disposed;

    public CycloneDdsWriter(DdscApi api, int participant, string ddsTopic, string ddsType, DdsQos qos, Action<CycloneDdsWriter>? onDispose)
    {
        _api = api;
        _topic = DdsTopic.Create(api, participant, ddsTopic, ddsType);
        try
        {
            _writer = DdsEntityHandle.Create(api, api.dds_create_writer(participant, _topic.Handle.Entity, qos.Pointer, IntPtr.Zero), $"dds_create_writer({ddsTopic})");
            DdsGuid guid;
            api.Check(api.dds_get_guid(_writer.Entity, &guid), $"dds_get_guid(writer {ddsTopic})");
            Gid = ((ReadOnlySpan<byte>)guid).ToArray();
        }
        catch
        {
            _topic.Dispose();
            throw;
        }

        _onDispose = onDispose;
    }

    /// <summary>The writer's 16-byte DDS GUID.</summary>
    public byte[] Gid { get; }

    public string TopicName => _topic.DdsName;

    public int MatchedReaderCount
    {
        get
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            DdsMatchedStatus status;
            _api.Check(_api.dds_get_publication_matched_status(_writer.Entity, &status), $"dds_get_publication_matched_status({_topic.DdsName})");
            return (int)status.CurrentCount;
        }
    }

    public void Write(ReadOnlySpan<byte> serialized)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var added = false;
        _topic.Handle.DangerousAddRef(ref added); // keeps the sertype alive against a concurrent Dispose
        try
        {
            var block = RawSerdata.Allocate(_topic.Sertype, RawSerdata.KindData, SamplePadding.PaddedLength(serialized.Length));
            var bytes = RawSerdata.WritableBytes(block);
            serialized.CopyTo(bytes);
            bytes[serialized.Length..].Clear();
            SamplePadding.MarkPadding(bytes, serialized.Length);

            // dds_writecdr takes over the serdata reference, also when it fails.
            _api.Check(_api.dds_writecdr(_writer.Entity, (IntPtr)block), $"dds_writecdr({_topic.DdsName})");
        }
        finally
        {
            if (added)
            {
                _topic.Handle.DangerousRelease();
            }
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _writer.Dispose();
        _topic.Dispose();
        _onDispose?.Invoke(this);
    }
}
