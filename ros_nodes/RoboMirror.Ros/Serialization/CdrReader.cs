using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace RoboMirror.Ros.Serialization;

/// <summary>
/// Reads XCDR1 (little- or big-endian) from a span. Every read is bounds-checked: malformed input throws
/// <see cref="CdrFormatException"/> naming the offset, never an index error, and a length field can never
/// make it allocate more than the bytes that remain.
/// </summary>
public ref struct CdrReader
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ReadOnlySpan<byte> _data;
    private int _offset;
    private int _origin;
    private bool _bigEndian;

    public CdrReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _offset = 0;
        _origin = 0;
        _bigEndian = false;
    }

    /// <summary>Offset of the next byte to read, from the start of the span.</summary>
    public readonly int Offset => _offset;

    /// <summary>Bytes not yet read.</summary>
    public readonly int Remaining => _data.Length - _offset;

    /// <summary>Reads and checks the encapsulation header; accepts any option bytes.</summary>
    public void ReadEncapsulationHeader()
    {
        if (_data.Length - _offset < CdrEncapsulation.HeaderLength)
        {
            throw new CdrFormatException($"payload of {_data.Length} bytes is shorter than the 4-byte encapsulation header", _offset);
        }

        var kind = _data.Slice(_offset, 2);
        if (kind[0] != 0x00 || kind[1] is not (CdrEncapsulation.CdrLittleEndian or CdrEncapsulation.CdrBigEndian))
        {
            throw new CdrFormatException(
                $"encapsulation {kind[0]:x2} {kind[1]:x2} is not plain CDR (expected 00 01 little-endian or 00 00 big-endian)", _offset);
        }

        _bigEndian = kind[1] == CdrEncapsulation.CdrBigEndian;
        _offset += CdrEncapsulation.HeaderLength;
        _origin = _offset;
    }

    public bool ReadBool()
    {
        var b = ReadUInt8();
        return b switch
        {
            0 => false,
            1 => true,
            _ => throw new CdrFormatException($"boolean byte is {b} (expected 0 or 1)", _offset - 1),
        };
    }

    public byte ReadUInt8() => Take(1, 1)[0];

    public sbyte ReadInt8() => unchecked((sbyte)ReadUInt8());

    public short ReadInt16() => _bigEndian ? BinaryPrimitives.ReadInt16BigEndian(Take(2, 2)) : BinaryPrimitives.ReadInt16LittleEndian(Take(2, 2));

    public ushort ReadUInt16() => _bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(Take(2, 2)) : BinaryPrimitives.ReadUInt16LittleEndian(Take(2, 2));

    public int ReadInt32() => _bigEndian ? BinaryPrimitives.ReadInt32BigEndian(Take(4, 4)) : BinaryPrimitives.ReadInt32LittleEndian(Take(4, 4));

    public uint ReadUInt32() => _bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(Take(4, 4)) : BinaryPrimitives.ReadUInt32LittleEndian(Take(4, 4));

    public long ReadInt64() => _bigEndian ? BinaryPrimitives.ReadInt64BigEndian(Take(8, 8)) : BinaryPrimitives.ReadInt64LittleEndian(Take(8, 8));

    public ulong ReadUInt64() => _bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(Take(8, 8)) : BinaryPrimitives.ReadUInt64LittleEndian(Take(8, 8));

    public float ReadFloat32() => _bigEndian ? BinaryPrimitives.ReadSingleBigEndian(Take(4, 4)) : BinaryPrimitives.ReadSingleLittleEndian(Take(4, 4));

    public double ReadFloat64() => _bigEndian ? BinaryPrimitives.ReadDoubleBigEndian(Take(8, 8)) : BinaryPrimitives.ReadDoubleLittleEndian(Take(8, 8));

    /// <summary>A CDR string. A length of 0 is read as the empty string (some writers emit it).</summary>
    public string ReadString()
    {
        var start = _offset;
        var length = ReadUInt32();
        if (length == 0)
        {
            return string.Empty;
        }

        if (length > (uint)Remaining)
        {
            throw new CdrFormatException($"string length {length} exceeds the {Remaining} bytes left", start);
        }

        var bytes = Take((int)length, 1);
        if (bytes[^1] != 0)
        {
            throw new CdrFormatException("string is not NUL-terminated", start);
        }

        try
        {
            return Utf8.GetString(bytes[..^1]);
        }
        catch (DecoderFallbackException e)
        {
            throw new CdrFormatException($"string is not valid UTF-8: {e.Message}", start);
        }
    }

    /// <summary>
    /// Reads a sequence's uint32 element count and checks that <paramref name="minElementSize"/> bytes per
    /// element could still follow, so a corrupt count cannot trigger a huge allocation.
    /// </summary>
    public int ReadSequenceLength(int minElementSize)
    {
        var start = _offset;
        var count = ReadUInt32();
        if (count > int.MaxValue || (minElementSize > 0 && (long)count * minElementSize > Remaining))
        {
            throw new CdrFormatException($"sequence of {count} elements of at least {minElementSize} bytes exceeds the {Remaining} bytes left", start);
        }

        return (int)count;
    }

    /// <summary>Reads <paramref name="destination"/>.Length primitive elements, aligned to the element size.</summary>
    public void ReadPrimitives<T>(Span<T> destination)
        where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(destination);
        if (bytes.Length == 0)
        {
            return;
        }

        var elementSize = Unsafe.SizeOf<T>();
        Take(bytes.Length, elementSize).CopyTo(bytes);
        if (_bigEndian && elementSize > 1)
        {
            ReverseEach(bytes, elementSize);
        }
    }

    /// <summary>Skips padding to a multiple of <paramref name="alignment"/> (1, 2, 4 or 8) from the origin.</summary>
    public void Align(int alignment)
    {
        if (!BitOperations.IsPow2(alignment))
        {
            throw new ArgumentOutOfRangeException(nameof(alignment), alignment, "CDR alignment is 1, 2, 4 or 8");
        }

        // CDR alignments are powers of two, so a mask replaces two divisions on this hot path.
        var padding = -(_offset - _origin) & (alignment - 1);
        if (padding > Remaining)
        {
            throw new CdrFormatException($"payload ends inside {padding} bytes of alignment padding", _offset);
        }

        _offset += padding;
    }

    private ReadOnlySpan<byte> Take(int size, int alignment)
    {
        Align(alignment);
        if (size > Remaining)
        {
            throw new CdrFormatException($"payload ends: {size} bytes needed, {Remaining} left", _offset);
        }

        var span = _data.Slice(_offset, size);
        _offset += size;
        return span;
    }

    private static void ReverseEach(Span<byte> bytes, int elementSize)
    {
        for (var i = 0; i < bytes.Length; i += elementSize)
        {
            bytes.Slice(i, elementSize).Reverse();
        }
    }
}
