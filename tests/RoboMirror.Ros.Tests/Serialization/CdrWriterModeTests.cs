using System.Buffers;
using RoboMirror.Ros.Serialization;

namespace RoboMirror.Ros.Tests.Serialization;

public sealed class CdrWriterModeTests
{
    [Fact]
    public void SpanAndBufferWriterModes_SameValues_WriteTheSameBytesAndMeasuringCountsThem()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var viaBuffer = new CdrWriter(buffer);
        WriteMix(ref viaBuffer);

        var destination = new byte[buffer.WrittenCount];
        var viaSpan = new CdrWriter(destination);
        WriteMix(ref viaSpan);

        var measuring = CdrWriter.ForMeasuring();
        WriteMix(ref measuring);

        Assert.Equal(buffer.WrittenSpan.ToArray(), destination);
        Assert.Equal(destination.Length, viaSpan.BytesWritten);
        Assert.Equal(destination.Length, measuring.BytesWritten);
        Assert.Equal(destination.Length - CdrEncapsulation.HeaderLength, measuring.Position);
        Assert.True(measuring.IsMeasuring);
        Assert.False(viaSpan.IsMeasuring);
    }

    [Fact]
    public void SpanMode_DestinationTooSmall_StopsWritingAndKeepsCounting()
    {
        var destination = new byte[10];
        var writer = new CdrWriter(destination.AsSpan(0, 8));
        writer.WriteEncapsulationHeader();
        writer.WriteUInt32(7);
        writer.WriteFloat64(1.0);
        writer.WriteString("more");

        Assert.True(writer.HasOverflowed);
        Assert.Equal(4 + 4 + 4 + 8 + 4 + 5, writer.BytesWritten);
        Assert.Equal([0, 1, 0, 0, 7, 0, 0, 0, 0, 0], destination);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(6)]
    public void Align_NotAPowerOfTwo_Throws(int alignment)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CdrWriter.ForMeasuring().Align(alignment));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 3)]
    [InlineData(2, 2)]
    [InlineData(3, 1)]
    [InlineData(4, 0)]
    public void EndPadding_Position_BringsItToAMultipleOfFour(int position, int padding)
    {
        Assert.Equal(padding, CdrWriter.EndPadding(position));
    }

    private static void WriteMix(ref CdrWriter writer)
    {
        writer.WriteEncapsulationHeader(2);
        writer.WriteBool(true);
        writer.WriteInt16(-2);
        writer.WriteString("grüße");
        writer.WriteUInt8(9);
        writer.WriteFloat64(double.NegativeInfinity);
        writer.WriteInt8(-1);
        writer.WriteUInt64(ulong.MaxValue);
        writer.WriteSequenceLength(3);
        writer.WritePrimitives<float>([1f, 2f, 3f]);
        writer.WriteString(string.Empty);
        writer.WriteUInt16(7);
        writer.WriteInt64(long.MinValue);
        writer.WriteUInt32(5);
        writer.WriteInt32(-5);
        writer.WriteFloat32(0.5f);
    }
}
