using System.Buffers;
using RoboMirror.Ros.Serialization;

namespace RoboMirror.Ros.Tests.Serialization;

public sealed class CdrReaderWriterTests
{
    [Fact]
    public void Write_AlignsFromTheByteAfterTheEncapsulationHeader()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new CdrWriter(buffer);

        writer.WriteEncapsulationHeader();
        writer.WriteUInt8(7);
        writer.WriteFloat64(1.5);

        byte[] expected = [0x00, 0x01, 0x00, 0x00, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xF8, 0x3F];
        Assert.Equal(expected, buffer.WrittenSpan.ToArray());
    }

    [Fact]
    public void String_IsLengthPrefixedAndNulTerminated_AndReadsBack()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new CdrWriter(buffer);
        writer.WriteEncapsulationHeader();
        writer.WriteString("héllo");

        Assert.Equal([0x00, 0x01, 0x00, 0x00, 7, 0, 0, 0, (byte)'h', 0xC3, 0xA9, (byte)'l', (byte)'l', (byte)'o', 0], buffer.WrittenSpan.ToArray());
        var reader = new CdrReader(buffer.WrittenSpan);
        reader.ReadEncapsulationHeader();
        Assert.Equal("héllo", reader.ReadString());
        Assert.Equal(0, reader.Remaining);
    }

    [Fact]
    public void Primitives_RoundTripWithSpecialValues()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new CdrWriter(buffer);
        writer.WriteEncapsulationHeader();
        double[] values = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, double.Epsilon];
        writer.WriteSequenceLength(values.Length);
        writer.WritePrimitives<double>(values);

        var reader = new CdrReader(buffer.WrittenSpan);
        reader.ReadEncapsulationHeader();
        var read = new double[reader.ReadSequenceLength(8)];
        reader.ReadPrimitives<double>(read);

        Assert.Equal(values, read);
    }

    [Fact]
    public void Read_BigEndianEncapsulation_DecodesSwapped()
    {
        byte[] payload = [0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x02];
        var reader = new CdrReader(payload);

        reader.ReadEncapsulationHeader();

        Assert.Equal(0x0102u, reader.ReadUInt32());
    }

    [Fact]
    public void Read_UnknownEncapsulation_ThrowsNamingTheBytes()
    {
        byte[] payload = [0x00, 0x07, 0x00, 0x00, 1, 2, 3, 4];

        var error = Assert.Throws<CdrFormatException>(() => new CdrReader(payload).ReadEncapsulationHeader());

        Assert.Contains("00 07", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, error.Offset);
    }

    [Fact]
    public void Read_SequenceLengthPastTheBuffer_ThrowsInsteadOfAllocating()
    {
        byte[] payload = [0x00, 0x01, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x7F, 1, 2];

        var error = Assert.Throws<CdrFormatException>(() =>
        {
            var reader = new CdrReader(payload);
            reader.ReadEncapsulationHeader();
            reader.ReadSequenceLength(8);
        });

        Assert.Equal(4, error.Offset);
    }

    [Fact]
    public void Read_TruncatedValue_ThrowsWithOffset()
    {
        byte[] payload = [0x00, 0x01, 0x00, 0x00, 1, 2];

        var error = Assert.Throws<CdrFormatException>(() =>
        {
            var reader = new CdrReader(payload);
            reader.ReadEncapsulationHeader();
            reader.ReadUInt32();
        });

        Assert.Contains("4 bytes needed, 2 left", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StringWithoutNul_Throws()
    {
        byte[] payload = [0x00, 0x01, 0x00, 0x00, 2, 0, 0, 0, (byte)'a', (byte)'b'];

        Assert.Throws<CdrFormatException>(() =>
        {
            var reader = new CdrReader(payload);
            reader.ReadEncapsulationHeader();
            reader.ReadString();
        });
    }
}
