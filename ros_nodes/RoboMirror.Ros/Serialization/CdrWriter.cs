using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace RoboMirror.Ros.Serialization;

/// <summary>
/// Writes XCDR1 little-endian. Alignment is relative to the first byte after the encapsulation header, as
/// CDR requires. Three modes, none of which allocates:
/// <list type="bullet">
/// <item>into an <see cref="IBufferWriter{T}"/> (each value is committed as it is written);</item>
/// <item>into a <see cref="Span{T}"/> (no interface call per value: what <see cref="RosSerializer"/> uses);
/// when the span is too short the writer stops writing, keeps counting and reports
/// <see cref="HasOverflowed"/>, so the caller can retry with a span of <see cref="BytesWritten"/> bytes;</item>
/// <item>measuring (<see cref="ForMeasuring"/>): nothing is written, only <see cref="Position"/> advances, so
/// the size and the end padding the header announces are known before the first byte goes out.</item>
/// </list>
/// </summary>
public ref struct CdrWriter
{
    // Values are copied in host byte order, so the type refuses to load on a big-endian machine.
    private static readonly UTF8Encoding Utf8 = BitConverter.IsLittleEndian
        ? new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)
        : throw new PlatformNotSupportedException("RoboMirror's CDR writer needs a little-endian machine (x86-64 or ARM64)");
    private readonly IBufferWriter<byte>? _output;
    private readonly Span<byte> _destination;
    private readonly bool _toSpan;
    private bool _overflowed;
    private int _written;
    private int _position;

    public CdrWriter(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
    }

    /// <summary>A writer into <paramref name="destination"/>; past its end it only counts (see <see cref="HasOverflowed"/>).</summary>
    public CdrWriter(Span<byte> destination)
    {
        _destination = destination;
        _toSpan = true;
    }

    /// <summary>Bytes written since the encapsulation header (the alignment origin).</summary>
    public readonly int Position => _position;

    /// <summary>Bytes written (or counted, when measuring) in total, encapsulation header included.</summary>
    public readonly int BytesWritten => _written;

    /// <summary>True when a span writer ran out of room: from then on it only counted, and its span holds an incomplete payload.</summary>
    public readonly bool HasOverflowed => _overflowed;

    /// <summary>True for a writer that only counts bytes (see <see cref="ForMeasuring"/>).</summary>
    public readonly bool IsMeasuring => _output is null && !_toSpan;

    /// <summary>A writer that writes nothing and only advances <see cref="Position"/>: serialize into it to learn the size.</summary>
    public static CdrWriter ForMeasuring() => default;

    /// <summary>Bytes of zero padding that bring <paramref name="position"/> to a multiple of 4.</summary>
    public static int EndPadding(int position) => -position & 3;

    /// <summary>Writes <c>00 01 00 00</c> (CDR little-endian, no options) and resets the alignment origin.</summary>
    public void WriteEncapsulationHeader() => WriteEncapsulationHeader(0);

    /// <summary>
    /// Writes the CDR little-endian header whose options announce <paramref name="endPadding"/> (0-3) bytes
    /// of padding after the last field (DDS-XTypes 1.3, 7.6.3.1.2; Cyclone DDS reads it), and resets the
    /// alignment origin.
    /// </summary>
    public void WriteEncapsulationHeader(int endPadding)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(endPadding);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(endPadding, 3);
        var span = Begin(CdrEncapsulation.HeaderLength);
        if (!span.IsEmpty)
        {
            span[0] = 0x00;
            span[1] = CdrEncapsulation.CdrLittleEndian;
            span[2] = 0x00;
            span[3] = (byte)endPadding;
        }

        End(CdrEncapsulation.HeaderLength);
        _position = 0;
    }

    public void WriteBool(bool value) => WriteUInt8(value ? (byte)1 : (byte)0);

    public void WriteUInt8(byte value)
    {
        var span = Begin(1);
        if (!span.IsEmpty)
        {
            span[0] = value;
        }

        End(1);
    }

    public void WriteInt8(sbyte value) => WriteUInt8(unchecked((byte)value));

    public void WriteInt16(short value) => WriteValue(value);

    public void WriteUInt16(ushort value) => WriteValue(value);

    public void WriteInt32(int value) => WriteValue(value);

    public void WriteUInt32(uint value) => WriteValue(value);

    public void WriteInt64(long value) => WriteValue(value);

    public void WriteUInt64(ulong value) => WriteValue(value);

    public void WriteFloat32(float value) => WriteValue(value);

    public void WriteFloat64(double value) => WriteValue(value);

    /// <summary>A CDR string: uint32 length counting the terminating NUL, the UTF-8 bytes, then NUL.</summary>
    public void WriteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_toSpan && !_overflowed && _destination.Length - _written >= 7 + Utf8.GetMaxByteCount(value.Length))
        {
            // Room for the worst case (3 alignment bytes, the length, the text, the NUL): encode straight
            // after the length field, then fill the length in, in one UTF-8 pass.
            Align(4);
            var target = _destination[(_written + 4)..];
            var encoded = Utf8.GetBytes(value, target);
            target[encoded] = 0;
            BinaryPrimitives.WriteUInt32LittleEndian(_destination.Slice(_written, 4), (uint)(encoded + 1));
            _written += 4 + encoded + 1;
            _position += 4 + encoded + 1;
            return;
        }

        var byteCount = Utf8.GetByteCount(value);
        WriteUInt32((uint)(byteCount + 1));
        var span = Begin(byteCount + 1);
        if (!span.IsEmpty)
        {
            Utf8.GetBytes(value, span);
            span[byteCount] = 0;
        }

        End(byteCount + 1);
    }

    /// <summary>The uint32 element count that precedes a sequence.</summary>
    public void WriteSequenceLength(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        WriteUInt32((uint)count);
    }

    /// <summary>
    /// Writes primitive elements back to back after aligning to the element size (bytes are copied in
    /// one block: the machine is little-endian, as checked when the type loads).
    /// </summary>
    public void WritePrimitives<T>(ReadOnlySpan<T> values)
        where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(values);
        if (bytes.Length == 0)
        {
            return;
        }

        Align(Unsafe.SizeOf<T>());
        var span = Begin(bytes.Length);
        if (!span.IsEmpty)
        {
            bytes.CopyTo(span);
        }

        End(bytes.Length);
    }

    /// <summary>Pads with zeros to a multiple of <paramref name="alignment"/> (1, 2, 4 or 8) from the origin.</summary>
    public void Align(int alignment)
    {
        if (!BitOperations.IsPow2(alignment))
        {
            throw new ArgumentOutOfRangeException(nameof(alignment), alignment, "CDR alignment is 1, 2, 4 or 8");
        }

        // CDR alignments are powers of two, so a mask replaces two divisions on this hot path.
        var padding = -_position & (alignment - 1);
        if (padding == 0)
        {
            return;
        }

        var span = Begin(padding);
        if (!span.IsEmpty)
        {
            span[..padding].Clear();
        }

        End(padding);
    }

    /// <summary>Aligns to the size of <typeparamref name="T"/> and writes it in host order (little-endian, checked when the type loads).</summary>
    private void WriteValue<T>(T value)
        where T : unmanaged
    {
        var size = Unsafe.SizeOf<T>();
        Align(size);
        var span = Begin(size);
        if (!span.IsEmpty)
        {
            MemoryMarshal.Write(span, in value);
        }

        End(size);
    }

    /// <summary>Where the next <paramref name="size"/> bytes go; empty when measuring or out of room. Follow with <see cref="End"/>.</summary>
    private Span<byte> Begin(int size)
    {
        if (_toSpan)
        {
            if (_overflowed || size > _destination.Length - _written)
            {
                _overflowed = true;
                return default;
            }

            return _destination.Slice(_written, size);
        }

        return _output is null ? default : _output.GetSpan(size)[..size];
    }

    private void End(int size)
    {
        _output?.Advance(size);
        _written += size;
        _position += size;
    }
}
