using System.IO.Hashing;

namespace RoboMirror.Ros.Recording;

/// <summary>
/// Walking the data section's top-level records by their headers only (bodies are skipped by seeking):
/// finds Metadata and Attachment records without decompressing chunks, and says where a cut-off file ends.
/// </summary>
internal sealed partial class McapFileReader
{
    public IReadOnlyList<McapMetadata> ReadMetadata(string? name = null)
    {
        var found = new List<McapMetadata>();
        foreach (var (offset, opcode, length) in ListTopLevelRecords(out _))
        {
            if (opcode != (byte)McapOpcode.Metadata)
            {
                continue;
            }

            var reader = new RecordBodyReader(ReadBody(offset, length, "Metadata record")!, FilePath, offset, "Metadata record");
            var recordName = reader.ReadString("name");
            var values = reader.ReadStringMap("metadata");
            if (name is null || name == recordName)
            {
                found.Add(new McapMetadata(recordName, values));
            }
        }

        return found;
    }

    public IReadOnlyList<McapAttachment> ReadAttachments()
    {
        var found = new List<McapAttachment>();
        foreach (var (offset, opcode, length) in ListTopLevelRecords(out _))
        {
            if (opcode == (byte)McapOpcode.Attachment)
            {
                found.Add(ParseAttachment(ReadBody(offset, length, "Attachment record")!, offset));
            }
        }

        return found;
    }

    private McapAttachment ParseAttachment(byte[] body, long offset)
    {
        var reader = new RecordBodyReader(body, FilePath, offset, "Attachment record");
        var logTime = reader.ReadUInt64();
        var createTime = reader.ReadUInt64();
        var name = reader.ReadString("name");
        var mediaType = reader.ReadString("media_type");
        var data = reader.ReadPrefixedBytes("data", u64Length: true).ToArray();
        var covered = body.Length - reader.Remaining;
        var expected = reader.ReadUInt32();
        if (_options.ValidateCrcs && expected != 0 && Crc32.HashToUInt32(body.AsSpan(0, covered)) is var actual && actual != expected)
        {
            throw reader.Error($"attachment '{name}' CRC is 0x{actual:X8}, the record says 0x{expected:X8}: the attachment is corrupt");
        }

        return new McapAttachment(name, mediaType, logTime, createTime, data);
    }

    private string? DescribeTruncation()
    {
        ListTopLevelRecords(out var truncation);
        return truncation;
    }

    /// <summary>
    /// The data section's top-level records up to Data End (or, in a cut-off file, up to the last complete
    /// record); <paramref name="truncation"/> says how a cut-off file ends.
    /// </summary>
    private List<(long Offset, byte Opcode, ulong Length)> ListTopLevelRecords(out string? truncation)
    {
        var records = new List<(long, byte, ulong)>();
        truncation = null;
        var offset = _dataStart;
        while (true)
        {
            if (offset >= _dataLimit)
            {
                if (_complete)
                {
                    throw new McapFormatException(FilePath, offset, "the data section ends without a Data End record");
                }

                truncation = $"no footer: the file ends at byte {_fileLength}, after the complete record before it, without Data End and summary";
                return records;
            }

            if (ReadPrefix(offset) is not { } prefix)
            {
                truncation = $"no footer: the file ends at byte {_fileLength} inside the header of a record that starts at byte {offset}";
                return records;
            }

            var (opcode, length) = prefix;
            if (length > (ulong)(_dataLimit - offset - McapConstants.RecordPrefixLength))
            {
                if (_complete)
                {
                    throw new McapFormatException(FilePath, offset, $"{OpcodeName(opcode)} record of {length} bytes runs past the end of the data section at byte {_dataLimit}");
                }

                truncation = $"no footer: the file ends at byte {_fileLength} inside a {OpcodeName(opcode)} record that starts at byte {offset} and needs {length + McapConstants.RecordPrefixLength} bytes";
                return records;
            }

            if (opcode == (byte)McapOpcode.DataEnd)
            {
                if (!_complete)
                {
                    truncation = $"no footer: the data section is complete (Data End at byte {offset}) but the summary and footer are cut off at byte {_fileLength}";
                }

                return records;
            }

            records.Add((offset, opcode, length));
            offset += McapConstants.RecordPrefixLength + (long)length;
        }
    }
}
