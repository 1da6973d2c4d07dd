using System.Buffers.Binary;
using System.Text;

namespace RoboMirror.Ros.Recording;

/// <summary>
/// Reads the fields of one record body, bounds-checked: a field that runs past the record throws
/// <see cref="McapFormatException"/> naming the file, the record's offset and which record it was.
/// </summary>
internal ref struct RecordBodyReader
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ReadOnlySpan<byte> _body;
    private readonly string _path;
    private readonly long _recordOffset;
    private readonly string _what;
    private int _position;

    /// <param name="what">The record, as errors name it, e.g. "Chunk record" or "Message record inside the chunk".</param>
    public RecordBodyReader(ReadOnlySpan<byte> body, string path, long recordOffset, string what)
    {
        _body = body;
        _path = path;
        _recordOffset = recordOffset;
        _what = what;
        _position = 0;
    }

    public readonly int Remaining => _body.Length - _position;

    public byte ReadUInt8() => Take(1, "u8")[0];

    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2, "u16"));

    public uint ReadUInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4, "u32"));

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8, "u64"));

    public string ReadString(string field)
    {
        var length = ReadUInt32();
        var bytes = Take(length, field);
        try
        {
            return Utf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw Error($"{field} is not valid UTF-8");
        }
    }

    /// <summary>Bytes with a u32 (<paramref name="u64Length"/> false) or u64 length prefix.</summary>
    public ReadOnlySpan<byte> ReadPrefixedBytes(string field, bool u64Length)
    {
        var length = u64Length ? ReadUInt64() : ReadUInt32();
        return Take(length, field);
    }

    public Dictionary<string, string> ReadStringMap(string field)
    {
        var entries = new RecordBodyReader(Take(ReadUInt32(), field), _path, _recordOffset, $"{_what} ({field})");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (entries.Remaining > 0)
        {
            var key = entries.ReadString("key");
            map[key] = entries.ReadString("value");
        }

        return map;
    }

    /// <summary>A <c>Map&lt;uint16, uint64&gt;</c> (Statistics' channel_message_counts).</summary>
    public Dictionary<ushort, ulong> ReadUInt16UInt64Map(string field)
    {
        var entries = new RecordBodyReader(Take(ReadUInt32(), field), _path, _recordOffset, $"{_what} ({field})");
        var map = new Dictionary<ushort, ulong>();
        while (entries.Remaining > 0)
        {
            var key = entries.ReadUInt16();
            map[key] = entries.ReadUInt64();
        }

        return map;
    }

    public readonly McapFormatException Error(string problem) => new(_path, _recordOffset, $"{_what}: {problem}");

    private ReadOnlySpan<byte> Take(ulong length, string field)
    {
        if (length > (ulong)Remaining)
        {
            throw Error($"{field} needs {length} bytes but only {Remaining} remain in the record");
        }

        var span = _body.Slice(_position, (int)length);
        _position += (int)length;
        return span;
    }
}
