using System.IO.Hashing;

namespace RoboMirror.Ros.Recording;

/// <summary>The open chunk: records are appended in memory and written as one Chunk record when it closes.</summary>
internal sealed partial class ChunkedMcapWriter
{
    private readonly RecordBuffer _chunkRecords;
    private readonly RecordBuffer _scratch;
    private readonly ulong _chunkDurationNanoseconds;
    private readonly List<WrittenChannel> _chunkChannels = [];
    private int _chunkMessageCount;
    private ulong _chunkFirstLogTime;
    private ulong _chunkStartTime;
    private ulong _chunkEndTime;

    private void AppendSchema(WrittenSchema schema)
    {
        var start = _chunkRecords.BeginRecord(McapOpcode.Schema);
        _chunkRecords.WriteUInt16(schema.Id);
        _chunkRecords.WriteString(schema.Name);
        _chunkRecords.WriteString(McapConstants.Ros2MsgSchemaEncoding);
        _chunkRecords.WriteUInt32((uint)schema.Data.Length);
        _chunkRecords.WriteBytes(schema.Data);
        _chunkRecords.EndRecord(start);
    }

    private void AppendChannel(WrittenChannel channel)
    {
        var start = _chunkRecords.BeginRecord(McapOpcode.Channel);
        _chunkRecords.WriteUInt16(channel.Id);
        _chunkRecords.WriteUInt16(channel.SchemaId);
        _chunkRecords.WriteString(channel.Topic);
        _chunkRecords.WriteString(McapConstants.CdrMessageEncoding);
        _chunkRecords.WriteStringMap(channel.Metadata);
        _chunkRecords.EndRecord(start);
    }

    private void AppendMessage(WrittenChannel channel, ulong logTime, ulong publishTime, ReadOnlySpan<byte> data)
    {
        if (_chunkMessageCount == 0)
        {
            _chunkFirstLogTime = logTime;
            _chunkStartTime = logTime;
            _chunkEndTime = logTime;
        }
        else
        {
            _chunkStartTime = Math.Min(_chunkStartTime, logTime);
            _chunkEndTime = Math.Max(_chunkEndTime, logTime);
        }

        if (channel.ChunkEntries.Count == 0)
        {
            _chunkChannels.Add(channel);
        }

        channel.ChunkEntries.Add((logTime, (ulong)_chunkRecords.Length));
        var start = _chunkRecords.BeginRecord(McapOpcode.Message);
        _chunkRecords.WriteUInt16(channel.Id);
        _chunkRecords.WriteUInt32(channel.NextSequence++);
        _chunkRecords.WriteUInt64(logTime);
        _chunkRecords.WriteUInt64(publishTime);
        _chunkRecords.WriteBytes(data);
        _chunkRecords.EndRecord(start);
        _chunkMessageCount++;
    }

    /// <summary>
    /// Writes the open chunk (if any record is in it), then one Message Index record per channel that has
    /// messages in it, then hands the bytes to the operating system: from here on a killed process keeps them.
    /// </summary>
    private void CloseChunk()
    {
        if (_chunkRecords.Length == 0)
        {
            return;
        }

        var records = _chunkRecords.WrittenSpan;
        var uncompressedCrc = Crc32.HashToUInt32(records);
        var compressed = _compressor.Compress(records);
        var chunkStart = (ulong)_output.Position;
        var startTime = _chunkMessageCount > 0 ? _chunkStartTime : 0;
        var endTime = _chunkMessageCount > 0 ? _chunkEndTime : 0;

        _scratch.Clear();
        var nameLength = (ulong)System.Text.Encoding.UTF8.GetByteCount(_compressor.Name);
        var contentLength = 8 + 8 + 8 + 4 + 4 + nameLength + 8 + (ulong)compressed.Length;
        _scratch.WriteRecordPrefix(McapOpcode.Chunk, contentLength);
        _scratch.WriteUInt64(startTime);
        _scratch.WriteUInt64(endTime);
        _scratch.WriteUInt64((ulong)records.Length);
        _scratch.WriteUInt32(uncompressedCrc);
        _scratch.WriteString(_compressor.Name);
        _scratch.WriteUInt64((ulong)compressed.Length);
        _output.Write(_scratch.WrittenSpan);
        _output.Write(compressed);
        var chunkLength = (ulong)_output.Position - chunkStart;

        var indexStart = (ulong)_output.Position;
        var indexOffsets = new (ushort ChannelId, ulong Offset)[_chunkChannels.Count];
        _scratch.Clear();
        for (var i = 0; i < _chunkChannels.Count; i++)
        {
            var channel = _chunkChannels[i];
            indexOffsets[i] = (channel.Id, indexStart + (ulong)_scratch.Length);
            var start = _scratch.BeginRecord(McapOpcode.MessageIndex);
            _scratch.WriteUInt16(channel.Id);
            _scratch.WriteUInt32((uint)(channel.ChunkEntries.Count * 16));
            foreach (var (logTime, offset) in channel.ChunkEntries)
            {
                _scratch.WriteUInt64(logTime);
                _scratch.WriteUInt64(offset);
            }

            _scratch.EndRecord(start);
            channel.ChunkEntries.Clear();
        }

        _output.Write(_scratch.WrittenSpan);
        _chunkIndexes.Add(new ChunkIndexEntry(
            startTime, endTime, chunkStart, chunkLength, indexOffsets, (ulong)_scratch.Length, (ulong)compressed.Length, (ulong)records.Length));
        _writtenMessageCount += _chunkMessageCount;
        _chunkChannels.Clear();
        _chunkRecords.Clear();
        _chunkMessageCount = 0;
        _output.Flush(_options.SyncToDisk);
    }

    private void AppendAttachment(string name, string mediaType, ulong logTime, ulong createTime, ReadOnlySpan<byte> data)
    {
        _scratch.Clear();
        var start = _scratch.BeginRecord(McapOpcode.Attachment);
        _scratch.WriteUInt64(logTime);
        _scratch.WriteUInt64(createTime);
        _scratch.WriteString(name);
        _scratch.WriteString(mediaType);
        _scratch.WriteUInt64((ulong)data.Length);
        _scratch.WriteBytes(data);
        // The CRC covers the record's fields from log_time to the end of data (not opcode and length).
        _scratch.WriteUInt32(Crc32.HashToUInt32(_scratch.WrittenSpan[McapConstants.RecordPrefixLength..]));
        _scratch.EndRecord(start);
        _attachmentIndexes.Add(new RecordIndexEntry(
            (ulong)_output.Position, (ulong)_scratch.Length, name, logTime, createTime, (ulong)data.Length, mediaType));
        _output.Write(_scratch.WrittenSpan);
        _output.Flush(_options.SyncToDisk);
    }
}
