using System.IO.Hashing;

namespace RoboMirror.Ros.Recording;

/// <summary>The summary section of a complete file: checked against the footer's CRC, then parsed.</summary>
internal sealed partial class McapFileReader
{
    private void ReadSummary(long summaryStart, long footerOffset, ulong summaryOffsetStart, uint summaryCrc)
    {
        if (footerOffset - summaryStart > Array.MaxLength)
        {
            throw new McapFormatException(FilePath, summaryStart, $"summary section of {footerOffset - summaryStart} bytes is larger than this reader supports ({Array.MaxLength})");
        }

        var summary = ReadAt(summaryStart, (int)(footerOffset - summaryStart), out _);
        if (_options.ValidateCrcs && summaryCrc != 0)
        {
            var crc = new Crc32();
            crc.Append(summary);
            // The footer prefix: opcode, length, summary_start, summary_offset_start.
            crc.Append(ReadAt(footerOffset, McapConstants.RecordPrefixLength + 16, out _));
            var actual = crc.GetCurrentHashAsUInt32();
            if (actual != summaryCrc)
            {
                throw new McapFormatException(FilePath, footerOffset, $"summary CRC is 0x{actual:X8}, the Footer says 0x{summaryCrc:X8}: the summary section is corrupt");
            }
        }

        var schemas = new Dictionary<ushort, McapSchema>();
        var channels = new Dictionary<ushort, McapChannel>();
        var position = 0;
        while (position < summary.Length)
        {
            var offset = summaryStart + position;
            var opcode = SliceRecord(summary, ref position, offset, "summary section", out var body);
            switch ((McapOpcode)opcode)
            {
                case McapOpcode.Schema:
                    var schema = ParseSchema(body, offset, "Schema record in the summary");
                    schemas[schema.Id] = schema;
                    break;
                case McapOpcode.Channel:
                    var channel = ParseChannel(body, offset, "Channel record in the summary", schemas);
                    channels[channel.Id] = channel;
                    break;
                case McapOpcode.Statistics:
                    Statistics = ParseStatistics(body, offset);
                    break;
                case McapOpcode.ChunkIndex or McapOpcode.AttachmentIndex or McapOpcode.MetadataIndex or McapOpcode.SummaryOffset:
                    break;
                default:
                    if (opcode < 0x80)
                    {
                        throw new McapFormatException(FilePath, offset, $"{OpcodeName(opcode)} record is not allowed in the summary section");
                    }

                    break;
            }
        }

        if (summaryOffsetStart != 0 && (ulong)summaryStart + (ulong)summary.Length < summaryOffsetStart)
        {
            throw new McapFormatException(FilePath, footerOffset, "Footer: summary offset start lies past the summary");
        }

        if (channels.Count > 0)
        {
            _channels = channels;
        }
    }

    private McapStatistics ParseStatistics(ReadOnlySpan<byte> body, long offset)
    {
        var reader = new RecordBodyReader(body, FilePath, offset, "Statistics record");
        return new McapStatistics(
            reader.ReadUInt64(),
            reader.ReadUInt16(),
            reader.ReadUInt32(),
            reader.ReadUInt32(),
            reader.ReadUInt32(),
            reader.ReadUInt32(),
            reader.ReadUInt64(),
            reader.ReadUInt64(),
            reader.ReadUInt16UInt64Map("channel_message_counts"));
    }

    /// <summary>
    /// Takes the record at <paramref name="position"/> of an in-memory section (a summary or a chunk's
    /// records); a record that runs past the section is an error.
    /// </summary>
    private byte SliceRecord(ReadOnlySpan<byte> section, ref int position, long reportOffset, string where, out ReadOnlySpan<byte> body)
    {
        if (section.Length - position < McapConstants.RecordPrefixLength)
        {
            throw new McapFormatException(FilePath, reportOffset, $"{section.Length - position} stray bytes at the end of the {where} (a record needs at least 9)");
        }

        var opcode = section[position];
        var length = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(section[(position + 1)..]);
        var available = (ulong)(section.Length - position - McapConstants.RecordPrefixLength);
        if (length > available)
        {
            throw new McapFormatException(FilePath, reportOffset, $"{OpcodeName(opcode)} record of {length} bytes runs past the end of the {where} ({available} bytes left)");
        }

        body = section.Slice(position + McapConstants.RecordPrefixLength, (int)length);
        position += McapConstants.RecordPrefixLength + (int)length;
        return opcode;
    }

    private McapSchema ParseSchema(ReadOnlySpan<byte> body, long offset, string what)
    {
        var reader = new RecordBodyReader(body, FilePath, offset, what);
        var id = reader.ReadUInt16();
        var name = reader.ReadString("name");
        var encoding = reader.ReadString("encoding");
        var data = reader.ReadPrefixedBytes("data", u64Length: false).ToArray();
        return id == 0 ? throw reader.Error("schema id 0 is reserved") : new McapSchema(id, name, encoding, data);
    }

    private McapChannel ParseChannel(ReadOnlySpan<byte> body, long offset, string what, IReadOnlyDictionary<ushort, McapSchema> schemas)
    {
        var reader = new RecordBodyReader(body, FilePath, offset, what);
        var id = reader.ReadUInt16();
        var schemaId = reader.ReadUInt16();
        var topic = reader.ReadString("topic");
        var encoding = reader.ReadString("message_encoding");
        var metadata = reader.ReadStringMap("metadata");
        McapSchema? schema = null;
        if (schemaId != 0 && !schemas.TryGetValue(schemaId, out schema))
        {
            throw reader.Error($"channel {id} ('{topic}') refers to schema {schemaId}, which no Schema record before it declares");
        }

        return new McapChannel(id, topic, encoding, schema, metadata);
    }

    private static string OpcodeName(byte opcode) =>
        Enum.IsDefined((McapOpcode)opcode) ? $"{(McapOpcode)opcode} (0x{opcode:X2})" : $"opcode 0x{opcode:X2}";
}
