using System.Buffers;
using System.Runtime.InteropServices;
using RoboMirror.Ros.Dds.Native;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros.Dds;

/// <summary>
/// Takes serialized samples with <c>dds_takecdr</c>. Cyclone's data-available listener (on its receive
/// thread, or the writer's thread for a writer in this process) only invokes the handler set with
/// <see cref="SetDataAvailableHandler"/>, which by contract only signals; samples are taken by the
/// executor on its own thread. The listener is registered with a GCHandle to this object, freed only
/// after <c>dds_delete</c> has returned, which waits for a running listener to finish.
/// </summary>
internal sealed unsafe partial class CycloneDdsReader : ITransportReader
{
    private const int MaxCachedGids = 1024;
    private readonly DdscApi _api;
    private readonly DdsTopic _topic;
    private readonly DdsEntityHandle _reader;
    private readonly Action<CycloneDdsReader>? _onDispose;
    private readonly Dictionary<ulong, byte[]> _publisherGids = [];
    private GCHandle _self;
    private volatile Action? _handler;
    private int _disposed;

    public CycloneDdsReader(DdscApi api, int participant, string ddsTopic, string ddsType, DdsQos qos, Action<CycloneDdsReader>? onDispose)
    {
        _api = api;
        _onDispose = onDispose;
        _topic = DdsTopic.Create(api, participant, ddsTopic, ddsType);
        _self = GCHandle.Alloc(this, GCHandleType.Normal);
        var listener = api.dds_create_listener(GCHandle.ToIntPtr(_self));
        try
        {
            api.dds_lset_data_available(listener, &OnDataAvailable);
            api.dds_lset_subscription_matched(listener, &OnSubscriptionMatched);
            _reader = DdsEntityHandle.Create(api, api.dds_create_reader(participant, _topic.Handle.Entity, qos.Pointer, listener), $"dds_create_reader({ddsTopic})");
            DdsGuid guid;
            api.Check(api.dds_get_guid(_reader.Entity, &guid), $"dds_get_guid(reader {ddsTopic})");
            Gid = ((ReadOnlySpan<byte>)guid).ToArray();
        }
        catch
        {
            _reader?.Dispose();
            _topic.Dispose();
            _self.Free();
            throw;
        }
        finally
        {
            api.dds_delete_listener(listener);
        }
    }

    /// <summary>The reader's 16-byte DDS GUID.</summary>
    public byte[] Gid { get; }

    public string TopicName => _topic.DdsName;

    /// <summary>The last exception a handler threw on a Cyclone thread (it was caught: a handler must only signal).</summary>
    public Exception? LastHandlerFault { get; private set; }

    public int MatchedWriterCount
    {
        get
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            DdsMatchedStatus status;
            _api.Check(_api.dds_get_subscription_matched_status(_reader.Entity, &status), $"dds_get_subscription_matched_status({_topic.DdsName})");
            return (int)status.CurrentCount;
        }
    }

    public void SetDataAvailableHandler(Action? handler)
    {
        _handler = handler;

        // Samples may have arrived (transient-local history, or before the handler was set): signal once.
        if (handler is not null && Volatile.Read(ref _disposed) == 0)
        {
            handler();
        }
    }

    public bool TryTake(IBufferWriter<byte> destination, out SampleInfo info)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        IntPtr serdata;
        DdsSampleInfo sampleInfo;
        while (true)
        {
            serdata = IntPtr.Zero;
            var taken = _api.Check(_api.dds_takecdr(_reader.Entity, &serdata, 1, &sampleInfo, DdsConstants.AnyState), $"dds_takecdr({_topic.DdsName})");
            if (taken == 0)
            {
                info = default;
                return false;
            }

            try
            {
                // Invalid samples only report a change of instance state (e.g. the writer went away).
                if (sampleInfo.ValidData != 0)
                {
                    CopyOut(RawSerdata.Bytes(serdata), destination);
                    info = new SampleInfo(ToTimestamp(sampleInfo.SourceTimestamp), PublisherGid(sampleInfo.PublicationHandle, _reader.Entity));
                    return true;
                }
            }
            finally
            {
                RawSerdata.Release((byte*)serdata);
            }
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _handler = null;
        _reader.Dispose();
        _topic.Dispose();
        _self.Free();
        _onDispose?.Invoke(this);
    }

    private static void CopyOut(ReadOnlySpan<byte> sample, IBufferWriter<byte> destination)
    {
        sample.CopyTo(destination.GetSpan(sample.Length));
        destination.Advance(sample.Length);
    }

    private static DateTimeOffset ToTimestamp(long nanoseconds) =>
        nanoseconds > 0 ? DateTimeOffset.UnixEpoch.AddTicks(nanoseconds / 100) : DateTimeOffset.UnixEpoch;

    /// <summary>The GUID of a matched writer, cached by publication handle (empty when Cyclone no longer knows it).</summary>
    private byte[] PublisherGid(ulong publicationHandle, int reader)
    {
        lock (_publisherGids)
        {
            if (_publisherGids.TryGetValue(publicationHandle, out var gid))
            {
                return gid;
            }

            // The entity comes from the caller: the matched listener may run before the constructor has stored _reader.
            var endpoint = _api.dds_get_matched_publication_data(reader, publicationHandle);
            if (endpoint == null)
            {
                return [];
            }

            gid = ((ReadOnlySpan<byte>)endpoint->Key).ToArray();
            _api.dds_builtintopic_free_endpoint(endpoint);
            if (_publisherGids.Count >= MaxCachedGids)
            {
                _publisherGids.Clear();
            }

            _publisherGids[publicationHandle] = gid;
            return gid;
        }
    }
}
