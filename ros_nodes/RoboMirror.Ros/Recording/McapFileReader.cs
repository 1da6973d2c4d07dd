using System.Buffers.Binary;

namespace RoboMirror.Ros.Recording;

/// <summary>
/// The MCAP reader. Opening checks the leading magic and Header, then looks for the Footer and trailing
/// magic: when present, the summary (schemas, channels, statistics) is read and its CRC checked; when
/// absent the file was cut off, which is an error unless recovery was asked for.
/// </summary>
internal sealed partial class McapFileReader : IMcapReader
{
    private const int FooterRecordLength = McapConstants.RecordPrefixLength + McapConstants.FooterContentLength;
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly McapReaderOptions _options;
    private readonly long _fileLength;
    private readonly long _dataStart;

    /// <summary>Where the data section must end: the summary start or the footer (complete files), or the end of the file.</summary>
    private readonly long _dataLimit;
    private readonly bool _complete;
    private IReadOnlyDictionary<ushort, McapChannel>? _channels;
    private string? _truncation;
    private bool _truncationKnown;

    public McapFileReader(Stream stream, string path, McapReaderOptions options, bool leaveOpen)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        _options = options;
        FilePath = path;
        _fileLength = stream.Length;

        var magic = ReadAt(0, McapConstants.MagicLength, out var got);
        if (got < McapConstants.MagicLength || !magic.AsSpan().SequenceEqual(McapConstants.Magic))
        {
            throw new McapFormatException(path, 0, $"not an MCAP file: the first {got} bytes are not the MCAP magic 89 4D 43 41 50 30 0D 0A");
        }

        (Header, _dataStart) = ReadHeader();
        _complete = TryReadFooter(out var summaryStart, out var summaryOffsetStart, out var summaryCrc);
        if (!_complete)
        {
            if (!options.AllowTruncated)
            {
                throw new McapFormatException(path, _fileLength,
                    "the file does not end with a Footer record and the MCAP magic: it was cut off (recorder killed or disk full); " +
                    "open it with McapReaderOptions { AllowTruncated = true } to read its complete chunks");
            }

            _dataLimit = _fileLength;
            return;
        }

        var footerOffset = _fileLength - McapConstants.MagicLength - FooterRecordLength;
        _dataLimit = summaryStart != 0 ? (long)summaryStart : footerOffset;
        _truncationKnown = true;
        if (summaryStart != 0)
        {
            ReadSummary((long)summaryStart, footerOffset, summaryOffsetStart, summaryCrc);
        }
    }

    public string FilePath { get; }

    public McapHeader Header { get; }

    public McapStatistics? Statistics { get; private set; }

    public string? Truncation
    {
        get
        {
            if (!_truncationKnown)
            {
                _truncation = DescribeTruncation();
                _truncationKnown = true;
            }

            return _truncation;
        }
    }

    public IReadOnlyDictionary<ushort, McapChannel> Channels => _channels ??= CollectChannels();

    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private (McapHeader Header, long DataStart) ReadHeader()
    {
        var offset = (long)McapConstants.MagicLength;
        var (opcode, length) = ReadPrefix(offset) ?? throw new McapFormatException(FilePath, offset, "the file ends before the Header record");
        if (opcode != (byte)McapOpcode.Header)
        {
            throw new McapFormatException(FilePath, offset, $"the first record is opcode 0x{opcode:X2}, not a Header (0x01)");
        }

        var body = ReadBody(offset, length, "Header record") ?? throw new McapFormatException(FilePath, offset, "the file ends inside the Header record");
        var reader = new RecordBodyReader(body, FilePath, offset, "Header record");
        var header = new McapHeader(reader.ReadString("profile"), reader.ReadString("library"));
        return (header, offset + McapConstants.RecordPrefixLength + (long)length);
    }

    private bool TryReadFooter(out ulong summaryStart, out ulong summaryOffsetStart, out uint summaryCrc)
    {
        summaryStart = summaryOffsetStart = 0;
        summaryCrc = 0;
        var tailLength = FooterRecordLength + McapConstants.MagicLength;
        if (_fileLength - _dataStart < tailLength)
        {
            return false;
        }

        var footerOffset = _fileLength - tailLength;
        var tail = ReadAt(footerOffset, tailLength, out _);
        if (!tail.AsSpan(FooterRecordLength).SequenceEqual(McapConstants.Magic)
            || tail[0] != (byte)McapOpcode.Footer
            || BinaryPrimitives.ReadUInt64LittleEndian(tail.AsSpan(1)) != McapConstants.FooterContentLength)
        {
            return false;
        }

        summaryStart = BinaryPrimitives.ReadUInt64LittleEndian(tail.AsSpan(9));
        summaryOffsetStart = BinaryPrimitives.ReadUInt64LittleEndian(tail.AsSpan(17));
        summaryCrc = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(25));
        if (summaryStart != 0 && (summaryStart < (ulong)_dataStart || summaryStart > (ulong)footerOffset))
        {
            throw new McapFormatException(FilePath, footerOffset, $"Footer: summary start {summaryStart} is outside the file's records ({_dataStart}..{footerOffset})");
        }

        if (summaryOffsetStart != 0 && (summaryOffsetStart < summaryStart || summaryOffsetStart > (ulong)footerOffset))
        {
            throw new McapFormatException(FilePath, footerOffset, $"Footer: summary offset start {summaryOffsetStart} is outside the summary ({summaryStart}..{footerOffset})");
        }

        return true;
    }

    /// <summary>Reads a record's opcode and content length at <paramref name="offset"/>; null when fewer than 9 bytes remain.</summary>
    private (byte Opcode, ulong Length)? ReadPrefix(long offset)
    {
        var prefix = ReadAt(offset, McapConstants.RecordPrefixLength, out var got);
        return got < McapConstants.RecordPrefixLength ? null : (prefix[0], BinaryPrimitives.ReadUInt64LittleEndian(prefix.AsSpan(1)));
    }

    /// <summary>Reads a record body; null when the file ends first.</summary>
    private byte[]? ReadBody(long recordOffset, ulong length, string what)
    {
        if (length > (ulong)(_fileLength - recordOffset - McapConstants.RecordPrefixLength))
        {
            return null;
        }

        if (length > (ulong)Array.MaxLength)
        {
            throw new McapFormatException(FilePath, recordOffset, $"{what} of {length} bytes is larger than this reader supports ({Array.MaxLength})");
        }

        var body = ReadAt(recordOffset + McapConstants.RecordPrefixLength, (int)length, out _);
        return body;
    }

    private byte[] ReadAt(long offset, int count, out int got)
    {
        var buffer = new byte[count];
        _stream.Position = offset;
        got = _stream.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        return buffer;
    }
}
