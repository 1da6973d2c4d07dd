using System.Buffers.Binary;
using System.Text;

namespace RoboMirror.Ros.Recording;

/// <summary>
/// A reusable, growable byte buffer that MCAP records are serialized into (little-endian, strings as
/// u32 length + UTF-8). <see cref="Clear"/> keeps the capacity, so a writer that reuses one buffer per
/// chunk allocates only while its largest chunk is still growing.
/// </summary>
internal sealed class RecordBuffer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private byte[] _bytes;

    public RecordBuffer(int initialCapacity)
    {
        _bytes = new byte[Math.Max(initialCapacity, 64)];
    }

    public int Length { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    /// <summary>Writes the opcode and a placeholder length; returns the record's start for <see cref="EndRecord"/>.</summary>
    public int BeginRecord(McapOpcode opcode)
    {
        var start = Length;
        WriteUInt8((byte)opcode);
        WriteUInt64(0);
        return start;
    }

    /// <summary>Writes a record prefix with a known content length (for records whose body is written elsewhere).</summary>
    public void WriteRecordPrefix(McapOpcode opcode, ulong contentLength)
    {
        WriteUInt8((byte)opcode);
        WriteUInt64(contentLength);
    }

    /// <summary>Fills in the content length of the record begun at <paramref name="start"/>.</summary>
    public void EndRecord(int start) =>
        BinaryPrimitives.WriteUInt64LittleEndian(_bytes.AsSpan(start + 1, 8), (ulong)(Length - start - McapConstants.RecordPrefixLength));

    public void WriteUInt8(byte value) => Reserve(1)[0] = value;

    public void WriteUInt16(ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Reserve(2), value);

    public void WriteUInt32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Reserve(4), value);

    public void WriteUInt64(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Reserve(8), value);

    /// <summary>An MCAP String: u32 byte length, then UTF-8 bytes (no terminator).</summary>
    public void WriteString(string value)
    {
        var count = Utf8.GetByteCount(value);
        WriteUInt32((uint)count);
        Utf8.GetBytes(value, Reserve(count));
    }

    public void WriteBytes(ReadOnlySpan<byte> value) => value.CopyTo(Reserve(value.Length));

    /// <summary>A <c>Map&lt;string, string&gt;</c>: u32 byte length of the entries, then key/value strings, keys in ordinal order.</summary>
    public void WriteStringMap(IReadOnlyDictionary<string, string> map)
    {
        var lengthAt = Length;
        WriteUInt32(0);
        foreach (var key in map.Keys.Order(StringComparer.Ordinal))
        {
            WriteString(key);
            WriteString(map[key]);
        }

        PatchUInt32(lengthAt, (uint)(Length - lengthAt - 4));
    }

    /// <summary>Overwrites a u32 written earlier at <paramref name="position"/>.</summary>
    public void PatchUInt32(int position, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(_bytes.AsSpan(position, 4), value);

    private Span<byte> Reserve(int size)
    {
        if (_bytes.Length - Length < size)
        {
            Grow(size);
        }

        var span = _bytes.AsSpan(Length, size);
        Length += size;
        return span;
    }

    private void Grow(int size)
    {
        var needed = (long)Length + size;
        var capacity = Math.Max(needed, Math.Min((long)_bytes.Length * 2, Array.MaxLength));
        if (needed > Array.MaxLength)
        {
            throw new InvalidOperationException($"MCAP record buffer would need {needed} bytes, more than an array can hold ({Array.MaxLength}).");
        }

        Array.Resize(ref _bytes, (int)capacity);
    }
}
