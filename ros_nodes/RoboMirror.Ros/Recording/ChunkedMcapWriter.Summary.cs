namespace RoboMirror.Ros.Recording;

/// <summary>
/// Completion: Data End (with the CRC of every byte before it), the summary section grouped by opcode
/// (Schema, Channel, Statistics, Chunk Index, Attachment Index, Metadata Index), one Summary Offset per
/// group, and the Footer, whose CRC covers the summary through the footer's own offset fields.
/// </summary>
internal sealed partial class ChunkedMcapWriter
{
    private void WriteSummaryAndFooter()
    {
        CloseChunk();

        _scratch.Clear();
        var dataEnd = _scratch.BeginRecord(McapOpcode.DataEnd);
        _scratch.WriteUInt32(_output.Crc);
        _scratch.EndRecord(dataEnd);
        _output.Write(_scratch.WrittenSpan);

        _output.ResetCrc();
        var summaryStart = (ulong)_output.Position;
        _scratch.Clear();
        var groups = new List<(McapOpcode Opcode, int Start, int Length)>();
        WriteGroup(groups, McapOpcode.Schema, _schemas, WriteSchema);
        WriteGroup(groups, McapOpcode.Channel, _channels, WriteChannel);
        WriteGroup(groups, McapOpcode.Statistics, [this], static (buffer, writer) => writer.WriteStatistics(buffer));
        WriteGroup(groups, McapOpcode.ChunkIndex, _chunkIndexes, WriteChunkIndex);
        WriteGroup(groups, McapOpcode.AttachmentIndex, _attachmentIndexes, WriteAttachmentIndex);
        WriteGroup(groups, McapOpcode.MetadataIndex, _metadataIndexes, WriteMetadataIndex);

        var summaryOffsetStart = summaryStart + (ulong)_scratch.Length;
        foreach (var (opcode, start, length) in groups)
        {
            var record = _scratch.BeginRecord(McapOpcode.SummaryOffset);
            _scratch.WriteUInt8((byte)opcode);
            _scratch.WriteUInt64(summaryStart + (ulong)start);
            _scratch.WriteUInt64((ulong)length);
            _scratch.EndRecord(record);
        }

        _scratch.WriteRecordPrefix(McapOpcode.Footer, McapConstants.FooterContentLength);
        _scratch.WriteUInt64(summaryStart);
        _scratch.WriteUInt64(summaryOffsetStart);
        _output.Write(_scratch.WrittenSpan);

        _scratch.Clear();
        _scratch.WriteUInt32(_output.Crc);
        _scratch.WriteBytes(McapConstants.Magic);
        _output.Write(_scratch.WrittenSpan);
        _output.Flush(_options.SyncToDisk);
    }

    private void WriteGroup<T>(List<(McapOpcode, int, int)> groups, McapOpcode opcode, IReadOnlyList<T> items, Action<RecordBuffer, T> write)
    {
        if (items.Count == 0)
        {
            return;
        }

        var start = _scratch.Length;
        foreach (var item in items)
        {
            write(_scratch, item);
        }

        groups.Add((opcode, start, _scratch.Length - start));
    }

    private static void WriteSchema(RecordBuffer buffer, WrittenSchema schema)
    {
        var start = buffer.BeginRecord(McapOpcode.Schema);
        buffer.WriteUInt16(schema.Id);
        buffer.WriteString(schema.Name);
        buffer.WriteString(McapConstants.Ros2MsgSchemaEncoding);
        buffer.WriteUInt32((uint)schema.Data.Length);
        buffer.WriteBytes(schema.Data);
        buffer.EndRecord(start);
    }

    private static void WriteChannel(RecordBuffer buffer, WrittenChannel channel)
    {
        var start = buffer.BeginRecord(McapOpcode.Channel);
        buffer.WriteUInt16(channel.Id);
        buffer.WriteUInt16(channel.SchemaId);
        buffer.WriteString(channel.Topic);
        buffer.WriteString(McapConstants.CdrMessageEncoding);
        buffer.WriteStringMap(channel.Metadata);
        buffer.EndRecord(start);
    }

    private void WriteStatistics(RecordBuffer buffer)
    {
        var start = buffer.BeginRecord(McapOpcode.Statistics);
        buffer.WriteUInt64((ulong)_messageCount);
        buffer.WriteUInt16((ushort)_schemas.Count);
        buffer.WriteUInt32((uint)_channels.Count);
        buffer.WriteUInt32((uint)_attachmentIndexes.Count);
        buffer.WriteUInt32((uint)_metadataIndexes.Count);
        buffer.WriteUInt32((uint)_chunkIndexes.Count);
        buffer.WriteUInt64(_messageCount > 0 ? _messageStartTime : 0);
        buffer.WriteUInt64(_messageCount > 0 ? _messageEndTime : 0);
        buffer.WriteUInt32((uint)(_channels.Count * (2 + 8)));
        foreach (var channel in _channels)
        {
            buffer.WriteUInt16(channel.Id);
            buffer.WriteUInt64(channel.MessageCount);
        }

        buffer.EndRecord(start);
    }

    private void WriteChunkIndex(RecordBuffer buffer, ChunkIndexEntry chunk)
    {
        var start = buffer.BeginRecord(McapOpcode.ChunkIndex);
        buffer.WriteUInt64(chunk.MessageStartTime);
        buffer.WriteUInt64(chunk.MessageEndTime);
        buffer.WriteUInt64(chunk.ChunkStartOffset);
        buffer.WriteUInt64(chunk.ChunkLength);
        buffer.WriteUInt32((uint)(chunk.MessageIndexOffsets.Length * (2 + 8)));
        foreach (var (channelId, offset) in chunk.MessageIndexOffsets)
        {
            buffer.WriteUInt16(channelId);
            buffer.WriteUInt64(offset);
        }

        buffer.WriteUInt64(chunk.MessageIndexLength);
        buffer.WriteString(_compressor.Name);
        buffer.WriteUInt64(chunk.CompressedSize);
        buffer.WriteUInt64(chunk.UncompressedSize);
        buffer.EndRecord(start);
    }

    private static void WriteAttachmentIndex(RecordBuffer buffer, RecordIndexEntry attachment)
    {
        var start = buffer.BeginRecord(McapOpcode.AttachmentIndex);
        buffer.WriteUInt64(attachment.Offset);
        buffer.WriteUInt64(attachment.Length);
        buffer.WriteUInt64(attachment.LogTime);
        buffer.WriteUInt64(attachment.CreateTime);
        buffer.WriteUInt64(attachment.DataSize);
        buffer.WriteString(attachment.Name);
        buffer.WriteString(attachment.MediaType);
        buffer.EndRecord(start);
    }

    private static void WriteMetadataIndex(RecordBuffer buffer, RecordIndexEntry metadata)
    {
        var start = buffer.BeginRecord(McapOpcode.MetadataIndex);
        buffer.WriteUInt64(metadata.Offset);
        buffer.WriteUInt64(metadata.Length);
        buffer.WriteString(metadata.Name);
        buffer.EndRecord(start);
    }
}
