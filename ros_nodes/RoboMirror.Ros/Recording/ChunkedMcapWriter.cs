using System.Text;
using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Qos;

namespace RoboMirror.Ros.Recording;

/// <summary>
/// The MCAP writer: magic and Header, then chunks (Schema, Channel and Message records, compressed), each
/// followed by its Message Index records and flushed; Metadata and Attachment records between chunks;
/// at completion Data End, the summary section and the Footer. Memory is bounded: one chunk of records,
/// its compressed form, and one small index entry per chunk, channel, metadata and attachment record.
/// </summary>
internal sealed partial class ChunkedMcapWriter : IMcapWriter
{
    private readonly Lock _gate = new();
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly McapWriterOptions _options;
    private readonly McapOutput _output;
    private readonly ChunkCompressor _compressor;
    private readonly List<WrittenSchema> _schemas = [];
    private readonly Dictionary<string, WrittenSchema> _schemasByName = new(StringComparer.Ordinal);
    private readonly List<WrittenChannel> _channels = [];
    private readonly List<ChunkIndexEntry> _chunkIndexes = [];
    private readonly List<RecordIndexEntry> _metadataIndexes = [];
    private readonly List<RecordIndexEntry> _attachmentIndexes = [];
    private State _state = State.Open;
    private long _messageCount;
    private long _writtenMessageCount;
    private ulong _messageStartTime = ulong.MaxValue;
    private ulong _messageEndTime;

    public ChunkedMcapWriter(Stream stream, bool leaveOpen, McapWriterOptions options)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        _options = options;
        _output = new McapOutput(stream);
        _compressor = new ChunkCompressor(options.Compression);
        _chunkRecords = new RecordBuffer(Math.Min(options.ChunkSize, 64 * 1024) + 1024);
        _scratch = new RecordBuffer(4096);
        _chunkDurationNanoseconds = options.ChunkDuration is { } d ? (ulong)d.Ticks * 100 : ulong.MaxValue;

        Guarded(() =>
        {
            _scratch.Clear();
            _scratch.WriteBytes(McapConstants.Magic);
            var header = _scratch.BeginRecord(McapOpcode.Header);
            _scratch.WriteString(McapConstants.Ros2Profile);
            _scratch.WriteString(options.Library);
            _scratch.EndRecord(header);
            _output.Write(_scratch.WrittenSpan);
            _output.Flush(options.SyncToDisk);
        });
    }

    public long MessageCount
    {
        get
        {
            lock (_gate)
            {
                return _messageCount;
            }
        }
    }

    public long WrittenMessageCount
    {
        get
        {
            lock (_gate)
            {
                return _writtenMessageCount;
            }
        }
    }

    public int ChunkCount
    {
        get
        {
            lock (_gate)
            {
                return _chunkIndexes.Count;
            }
        }
    }

    public ushort AddChannel(string topic, MessageTypeInfo type, QosProfile offeredQos)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(offeredQos);
        lock (_gate)
        {
            EnsureOpen();
            var existing = _channels.Find(c => c.Topic == topic && c.TypeName == type.RosName);
            if (existing is not null)
            {
                return existing.Id;
            }

            if (_channels.Count == ushort.MaxValue)
            {
                throw new InvalidOperationException($"An MCAP file holds at most {ushort.MaxValue} channels; '{topic}' would be one more.");
            }

            var schema = SchemaFor(type);
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [McapConstants.OfferedQosProfilesKey] = RosbagQosYaml.Format(offeredQos),
            };
            if (type.TypeHash.Length > 0)
            {
                metadata[McapConstants.TopicTypeHashKey] = type.TypeHash;
            }

            var channel = new WrittenChannel((ushort)(_channels.Count + 1), schema.Id, topic, type.RosName, metadata);
            _channels.Add(channel);
            Guarded(() => AppendChannel(channel));
            return channel.Id;
        }
    }

    public void WriteMessage(ushort channelId, ulong logTime, ulong publishTime, ReadOnlySpan<byte> data)
    {
        lock (_gate)
        {
            EnsureOpen();
            if (channelId == 0 || channelId > _channels.Count)
            {
                ThrowUnknownChannel(channelId);
            }

            var channel = _channels[channelId - 1];
            if (_chunkMessageCount > 0 && logTime > _chunkFirstLogTime && logTime - _chunkFirstLogTime >= _chunkDurationNanoseconds)
            {
                GuardedCloseChunk();
            }

            AppendMessage(channel, logTime, publishTime, data);
            channel.MessageCount++;
            _messageCount++;
            _messageStartTime = Math.Min(_messageStartTime, logTime);
            _messageEndTime = Math.Max(_messageEndTime, logTime);
            if (_chunkRecords.Length >= _options.ChunkSize)
            {
                GuardedCloseChunk();
            }
        }
    }

    public void WriteMetadata(string name, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(metadata);
        foreach (var (key, value) in metadata)
        {
            if (key is null || value is null)
            {
                throw new ArgumentException($"Metadata '{name}' has a null key or value; MCAP stores strings only.", nameof(metadata));
            }
        }

        lock (_gate)
        {
            EnsureOpen();
            Guarded(() =>
            {
                _scratch.Clear();
                var start = _scratch.BeginRecord(McapOpcode.Metadata);
                _scratch.WriteString(name);
                _scratch.WriteStringMap(metadata);
                _scratch.EndRecord(start);
                _metadataIndexes.Add(new RecordIndexEntry((ulong)_output.Position, (ulong)_scratch.Length, name));
                _output.Write(_scratch.WrittenSpan);
                _output.Flush(_options.SyncToDisk);
            });
        }
    }

    public void WriteAttachment(string name, string mediaType, ulong logTime, ulong createTime, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(mediaType);
        lock (_gate)
        {
            EnsureOpen();
            try
            {
                AppendAttachment(name, mediaType, logTime, createTime, data);
            }
            catch (IOException)
            {
                _state = State.Faulted;
                throw;
            }
        }
    }

    public void Flush()
    {
        lock (_gate)
        {
            EnsureOpen();
            GuardedCloseChunk();
        }
    }

    public void Complete()
    {
        lock (_gate)
        {
            EnsureOpen();
            Guarded(WriteSummaryAndFooter);
            _state = State.Complete;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_state == State.Disposed)
            {
                return;
            }

            try
            {
                if (_state == State.Open)
                {
                    Guarded(WriteSummaryAndFooter);
                }
            }
            finally
            {
                _state = State.Disposed;
                _compressor.Dispose();
                if (!_leaveOpen)
                {
                    _stream.Dispose();
                }
            }
        }
    }

    private WrittenSchema SchemaFor(MessageTypeInfo type)
    {
        var data = Encoding.UTF8.GetBytes(type.Definition);
        if (_schemasByName.TryGetValue(type.RosName, out var known))
        {
            return known.Data.AsSpan().SequenceEqual(data)
                ? known
                : throw new ArgumentException($"Type '{type.RosName}' was declared before with a different definition; one file holds one definition per type.", nameof(type));
        }

        if (_schemas.Count == ushort.MaxValue - 1)
        {
            throw new InvalidOperationException($"An MCAP file holds at most {ushort.MaxValue - 1} schemas; '{type.RosName}' would be one more.");
        }

        var schema = new WrittenSchema((ushort)(_schemas.Count + 1), type.RosName, data);
        _schemas.Add(schema);
        _schemasByName.Add(schema.Name, schema);
        AppendSchema(schema);
        return schema;
    }
}
