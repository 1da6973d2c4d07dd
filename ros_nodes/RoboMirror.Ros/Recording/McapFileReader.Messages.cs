using System.Buffers.Binary;
using System.IO.Hashing;

namespace RoboMirror.Ros.Recording;

/// <summary>
/// Reading the data section front to back: every record is CRC-accumulated for Data End's check, each
/// chunk is decompressed into its own array (so messages stay valid) and its records CRC-checked before
/// any of its messages is returned.
/// </summary>
internal sealed partial class McapFileReader
{
    /// <summary>Bytes of fixed fields in a Message record before its data: channel, sequence, log and publish time.</summary>
    private const int MessageFieldsLength = 2 + 4 + 8 + 8;

    public IEnumerable<McapMessage> ReadMessages(IReadOnlyCollection<string>? topics = null)
    {
        var wanted = topics is null ? null : new HashSet<string>(topics, StringComparer.Ordinal);
        return Enumerate(wanted, new Dictionary<ushort, McapChannel>());
    }

    private IReadOnlyDictionary<ushort, McapChannel> CollectChannels()
    {
        var channels = new Dictionary<ushort, McapChannel>();
        foreach (var unused in Enumerate([], channels))
        {
            // Nothing is wanted: the walk only registers the Channel records it passes.
        }

        return channels;
    }

    private IEnumerable<McapMessage> Enumerate(HashSet<string>? wanted, Dictionary<ushort, McapChannel> channels)
    {
        var scan = new DataScan(wanted, channels, _options.ValidateCrcs ? new Crc32() : null);
        scan.Crc?.Append(ReadAt(0, (int)_dataStart, out _));
        using var decompressor = new ChunkDecompressor();
        var offset = _dataStart;
        while (offset >= 0)
        {
            scan.Batch.Clear();
            offset = ReadDataRecord(offset, scan, decompressor);
            foreach (var message in scan.Batch)
            {
                yield return message;
            }
        }
    }

    /// <summary>Reads the record at <paramref name="offset"/>; returns the next record's offset, or -1 at the end.</summary>
    private long ReadDataRecord(long offset, DataScan scan, ChunkDecompressor decompressor)
    {
        if (offset >= _dataLimit || ReadPrefix(offset) is not { } prefix)
        {
            return _complete
                ? throw new McapFormatException(FilePath, offset, "the data section ends without a Data End record")
                : -1;
        }

        var (opcode, length) = prefix;
        if (length > (ulong)(_dataLimit - offset - McapConstants.RecordPrefixLength))
        {
            return _complete
                ? throw new McapFormatException(FilePath, offset, $"{OpcodeName(opcode)} record of {length} bytes runs past the end of the data section at byte {_dataLimit}")
                : -1;
        }

        var body = ReadBody(offset, length, OpcodeName(opcode) + " record")!;
        if (opcode == (byte)McapOpcode.DataEnd)
        {
            CheckDataEnd(body, offset, scan.Crc);
            return -1;
        }

        if (scan.Crc is { } crc)
        {
            Span<byte> prefixBytes = stackalloc byte[McapConstants.RecordPrefixLength];
            prefixBytes[0] = opcode;
            BinaryPrimitives.WriteUInt64LittleEndian(prefixBytes[1..], length);
            crc.Append(prefixBytes);
            crc.Append(body);
        }

        switch ((McapOpcode)opcode)
        {
            case McapOpcode.Schema:
                var schema = ParseSchema(body, offset, "Schema record");
                scan.Schemas[schema.Id] = schema;
                break;
            case McapOpcode.Channel:
                var channel = ParseChannel(body, offset, "Channel record", scan.Schemas);
                scan.Channels[channel.Id] = channel;
                break;
            case McapOpcode.Message:
                AddMessage(body, 0, body.Length, offset, "Message record", scan);
                break;
            case McapOpcode.Chunk:
                ReadChunk(body, offset, scan, decompressor);
                break;
            case McapOpcode.MessageIndex or McapOpcode.Attachment or McapOpcode.Metadata:
                break;
            case McapOpcode.Header or McapOpcode.Footer or McapOpcode.ChunkIndex or McapOpcode.AttachmentIndex
                or McapOpcode.Statistics or McapOpcode.MetadataIndex or McapOpcode.SummaryOffset:
                throw new McapFormatException(FilePath, offset, $"{OpcodeName(opcode)} record is not allowed in the data section");
            default:
                // Opcodes this reader does not know (later format versions, extensions) are skipped.
                break;
        }

        return offset + McapConstants.RecordPrefixLength + (long)length;
    }

    private void CheckDataEnd(byte[] body, long offset, Crc32? crc)
    {
        var reader = new RecordBodyReader(body, FilePath, offset, "Data End record");
        var expected = reader.ReadUInt32();
        var actual = crc?.GetCurrentHashAsUInt32() ?? 0;
        if (crc is not null && expected != 0 && actual != expected)
        {
            throw new McapFormatException(FilePath, offset, $"data section CRC is 0x{actual:X8}, Data End says 0x{expected:X8}: bytes before it are corrupt");
        }
    }

    private void ReadChunk(byte[] body, long offset, DataScan scan, ChunkDecompressor decompressor)
    {
        var reader = new RecordBodyReader(body, FilePath, offset, "Chunk record");
        reader.ReadUInt64();
        reader.ReadUInt64();
        var uncompressedSize = reader.ReadUInt64();
        var uncompressedCrc = reader.ReadUInt32();
        var compression = reader.ReadString("compression");
        var compressed = reader.ReadPrefixedBytes("records", u64Length: true);
        if (ChunkDecompressor.CheckPlausibleSize(compression, compressed.Length, uncompressedSize) is { } implausible)
        {
            throw reader.Error(implausible);
        }

        if (uncompressedSize > (ulong)Array.MaxLength)
        {
            throw reader.Error($"uncompressed size {uncompressedSize} is larger than this reader supports ({Array.MaxLength})");
        }

        var records = new byte[uncompressedSize];
        if (decompressor.TryDecompress(compression, compressed, records) is { } problem)
        {
            throw reader.Error(problem);
        }

        if (_options.ValidateCrcs && uncompressedCrc != 0 && Crc32.HashToUInt32(records) is var actual && actual != uncompressedCrc)
        {
            throw reader.Error($"CRC of the decompressed records is 0x{actual:X8}, the chunk says 0x{uncompressedCrc:X8}: the chunk is corrupt");
        }

        var position = 0;
        while (position < records.Length)
        {
            var recordStart = position;
            var opcode = SliceRecord(records, ref position, offset, "chunk's records", out var inner);
            var where = $"{OpcodeName(opcode)} record at byte {recordStart} of the chunk's records";
            switch ((McapOpcode)opcode)
            {
                case McapOpcode.Schema:
                    var schema = ParseSchema(inner, offset, where);
                    scan.Schemas[schema.Id] = schema;
                    break;
                case McapOpcode.Channel:
                    var channel = ParseChannel(inner, offset, where, scan.Schemas);
                    scan.Channels[channel.Id] = channel;
                    break;
                case McapOpcode.Message:
                    AddMessage(records, recordStart + McapConstants.RecordPrefixLength, inner.Length, offset, where, scan);
                    break;
                default:
                    if (opcode < 0x80)
                    {
                        throw new McapFormatException(FilePath, offset, $"{where}: not allowed inside a chunk");
                    }

                    break;
            }
        }
    }

    private void AddMessage(byte[] array, int bodyStart, int bodyLength, long offset, string where, DataScan scan)
    {
        if (bodyLength < MessageFieldsLength)
        {
            throw new McapFormatException(FilePath, offset, $"{where}: {bodyLength} bytes, shorter than the {MessageFieldsLength} bytes of its fields");
        }

        var fields = array.AsSpan(bodyStart, MessageFieldsLength);
        var channelId = BinaryPrimitives.ReadUInt16LittleEndian(fields);
        if (!scan.Channels.TryGetValue(channelId, out var channel))
        {
            throw new McapFormatException(FilePath, offset, $"{where}: message on channel {channelId}, which no Channel record before it declares");
        }

        if (scan.Wanted is not null && !scan.Wanted.Contains(channel.Topic))
        {
            return;
        }

        scan.Batch.Add(new McapMessage(
            channel,
            BinaryPrimitives.ReadUInt32LittleEndian(fields[2..]),
            BinaryPrimitives.ReadUInt64LittleEndian(fields[6..]),
            BinaryPrimitives.ReadUInt64LittleEndian(fields[14..]),
            new ReadOnlyMemory<byte>(array, bodyStart + MessageFieldsLength, bodyLength - MessageFieldsLength)));
    }

    /// <summary>What one walk over the data section has seen so far.</summary>
    private sealed class DataScan(HashSet<string>? wanted, Dictionary<ushort, McapChannel> channels, Crc32? crc)
    {
        public HashSet<string>? Wanted { get; } = wanted;

        public Dictionary<ushort, McapSchema> Schemas { get; } = [];

        public Dictionary<ushort, McapChannel> Channels { get; } = channels;

        public Crc32? Crc { get; } = crc;

        public List<McapMessage> Batch { get; } = [];
    }
}
