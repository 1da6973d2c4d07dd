using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace RoboMirror.Ros.Serialization;

/// <summary>
/// Writes XCDR1 little-endian into an <see cref="IBufferWriter{T}"/>. Allocates nothing: with a reused
/// <see cref="ArrayBufferWriter{T}"/> (or a pooled one) steady-state writing is allocation-free.
/// Alignment is relative to the first byte after the encapsulation header, as CDR requires.
/// </summary>
public ref struct CdrWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly IBufferWriter<byte> _output;
    private int _position;

    public CdrWriter(IBufferWriter<byte> output)
    {
        _output = output;
        _position = 0;
    }

    /// <summary>Bytes written since the encapsulation header (the alignment origin).</summary>
    public readonly int Position => _position;

    /// <summary>Writes <c>00 01 00 00</c> (CDR little-endian, no options) and resets the alignment origin.</summary>
    public void WriteEncapsulationHeader()
    {
        var span = _output.GetSpan(CdrEncapsulation.HeaderLength);
        span[0] = 0x00;
        span[1] = CdrEncapsulation.CdrLittleEndian;
        span[2] = 0x00;
        span[3] = 0x00;
        _output.Advance(CdrEncapsulation.HeaderLength);
        _position = 0;
    }

    public void WriteBool(bool value) => WriteUInt8(value ? (byte)1 : (byte)0);

    public void WriteUInt8(byte value)
    {
        _output.GetSpan(1)[0] = value;
        _output.Advance(1);
        _position++;
    }

    public void WriteInt8(sbyte value) => WriteUInt8(unchecked((byte)value));

    public void WriteInt16(short value) => BinaryPrimitives.WriteInt16LittleEndian(Reserve(2), value);

    public void WriteUInt16(ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Reserve(2), value);

    public void WriteInt32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), value);

    public void WriteUInt32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Reserve(4), value);

    public void WriteInt64(long value) => BinaryPrimitives.WriteInt64LittleEndian(Reserve(8), value);

    public void WriteUInt64(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Reserve(8), value);

    public void WriteFloat32(float value) => BinaryPrimitives.WriteSingleLittleEndian(Reserve(4), value);

    public void WriteFloat64(double value) => BinaryPrimitives.WriteDoubleLittleEndian(Reserve(8), value);

    /// <summary>A CDR string: uint32 length counting the terminating NUL, the UTF-8 bytes, then NUL.</summary>
    public void WriteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var byteCount = Utf8.GetByteCount(value);
        WriteUInt32((uint)(byteCount + 1));
        var span = _output.GetSpan(byteCount + 1);
        Utf8.GetBytes(value, span);
        span[byteCount] = 0;
        _output.Advance(byteCount + 1);
        _position += byteCount + 1;
    }

    /// <summary>The uint32 element count that precedes a sequence.</summary>
    public void WriteSequenceLength(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        WriteUInt32((uint)count);
    }

    /// <summary>
    /// Writes primitive elements back to back after aligning to the element size (bytes are copied in
    /// one block: this machine is little-endian, as checked at start-up).
    /// </summary>
    public void WritePrimitives<T>(ReadOnlySpan<T> values)
        where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(values);
        if (bytes.Length == 0)
        {
            return;
        }

        var elementSize = bytes.Length / values.Length;
        Align(elementSize);
        var span = _output.GetSpan(bytes.Length);
        bytes.CopyTo(span);
        _output.Advance(bytes.Length);
        _position += bytes.Length;
    }

    /// <summary>Pads with zeros to a multiple of <paramref name="alignment"/> from the origin.</summary>
    public void Align(int alignment)
    {
        var padding = (alignment - (_position % alignment)) % alignment;
        if (padding == 0)
        {
            return;
        }

        var span = _output.GetSpan(padding);
        span[..padding].Clear();
        _output.Advance(padding);
        _position += padding;
    }

    private Span<byte> Reserve(int size)
    {
        Align(size);
        var span = _output.GetSpan(size);
        _output.Advance(size);
        _position += size;
        return span;
    }
}
