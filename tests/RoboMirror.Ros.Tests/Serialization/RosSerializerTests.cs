using System.Buffers;
using RoboMirror.Ros.Messages.BuiltinInterfaces;
using RoboMirror.Ros.Messages.HriMsgs;
using RoboMirror.Ros.Messages.RmwDdsCommon;
using RoboMirror.Ros.Messages.SensorMsgs;
using RoboMirror.Ros.Messages.StdMsgs;
using RoboMirror.Ros.Serialization;
using RoboMirror.Ros.Tests.Messages;
using RosString = RoboMirror.Ros.Messages.StdMsgs.String;

namespace RoboMirror.Ros.Tests.Serialization;

public sealed class RosSerializerTests
{
    [Fact]
    public void Serialize_String_WritesHeaderFieldsAndAnnouncedEndPadding()
    {
        var bytes = RosSerializer.SerializeToArray(new RosString { Data = "hello" });

        // 00 01 = CDR LE; options 00 02 = two bytes of end padding; length 6; "hello\0"; padding.
        byte[] expected = [0x00, 0x01, 0x00, 0x02, 6, 0, 0, 0, (byte)'h', (byte)'e', (byte)'l', (byte)'l', (byte)'o', 0, 0, 0];
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public void Serialize_PayloadAlreadyAligned_AnnouncesNoPadding()
    {
        var bytes = RosSerializer.SerializeToArray(new Time { Sec = 1, Nanosec = 2 });

        Assert.Equal([0x00, 0x01, 0x00, 0x00, 1, 0, 0, 0, 2, 0, 0, 0], bytes);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Serialize_EverySample_PadsToFourWithZerosItAnnounces(SampleMessage sample)
    {
        var buffer = new ArrayBufferWriter<byte>();
        sample.Type.Serialize(sample.Message, buffer);
        var bytes = buffer.WrittenSpan;
        var padding = bytes[3];
        var fieldsLength = bytes.Length - CdrEncapsulation.HeaderLength - padding;

        Assert.Equal(0, bytes.Length % 4);
        Assert.Equal(CdrWriter.EndPadding(fieldsLength), padding);
        Assert.True(bytes[^padding..].IndexOfAnyExcept((byte)0) < 0);
    }

    [Fact]
    public void GetSerializedSize_JointState_EqualsBytesWritten()
    {
        var message = SampleMessages.SevenJointState();

        // Worked out by hand: header 22, names to 170, three float64 sequences to 360, + 4-byte header.
        Assert.Equal(364, RosSerializer.GetSerializedSize(message));
        Assert.Equal(364, RosSerializer.SerializeToArray(message).Length);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void TryDeserialize_EverySample_ReadsBackWhatWasWritten(SampleMessage sample)
    {
        var buffer = new ArrayBufferWriter<byte>();
        sample.Type.Serialize(sample.Message, buffer);

        Assert.True(sample.Type.TryDeserialize(buffer.WrittenSpan, out var decoded, out var error), error);

        var again = new ArrayBufferWriter<byte>();
        sample.Type.Serialize(decoded, again);
        Assert.Equal(buffer.WrittenSpan.ToArray(), again.WrittenSpan.ToArray());
    }

    [Fact]
    public void TryDeserialize_TruncatedPayload_ReturnsErrorNamingTypeAndOffset()
    {
        var bytes = RosSerializer.SerializeToArray(SampleMessages.SevenJointState());

        var ok = RosSerializer.TryDeserialize<JointState>(bytes.AsSpan(0, 40), out var message, out var error);

        Assert.False(ok);
        Assert.Null(message);
        Assert.StartsWith("cannot decode sensor_msgs/msg/JointState from 40 bytes:", error, StringComparison.Ordinal);
        Assert.Contains("(at byte", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDeserialize_WrongEncapsulation_ReturnsError()
    {
        byte[] xcdr2 = [0x00, 0x07, 0x00, 0x00, 1, 0, 0, 0, 0, 0, 0, 0];

        Assert.False(RosSerializer.TryDeserialize<Time>(xcdr2, out _, out var error));
        Assert.Contains("00 07", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDeserialize_BooleanByteOtherThanZeroOrOne_ReturnsError()
    {
        Assert.False(RosSerializer.TryDeserialize<Bool>([0x00, 0x01, 0x00, 0x03, 2, 0, 0, 0], out _, out var error));
        Assert.Contains("boolean byte is 2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDeserialize_SequenceCountPastTheBuffer_ReturnsErrorWithoutAllocating()
    {
        byte[] payload = [0x00, 0x01, 0x00, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x0F];

        Assert.False(RosSerializer.TryDeserialize<IdsList>(payload, out _, out var error));
        Assert.Contains("sequence of 268435455 elements", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDeserialize_BoundedStringPastItsBound_ReturnsError()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new CdrWriter(buffer);
        writer.WriteEncapsulationHeader();
        writer.WriteString(new string('s', 300));
        writer.WriteString("n");
        writer.WriteSequenceLength(0);
        writer.WriteSequenceLength(0);
        var bytes = buffer.WrittenSpan.ToArray();

        Assert.False(RosSerializer.TryDeserialize<NodeEntitiesInfo>(bytes, out _, out var error));
        Assert.Contains("field 'node_namespace': string of 300 bytes exceeds its bound of 256", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDeserialize_BigEndianPayload_Decodes()
    {
        byte[] payload = [0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFE, 0x00, 0x00, 0x00, 0x07];

        Assert.True(RosSerializer.TryDeserialize<Time>(payload, out var time, out _));
        Assert.Equal((-2, 7u), (time.Sec, time.Nanosec));
    }

    [Fact]
    public void Serialize_StringPastItsBound_ThrowsNamingTheField()
    {
        var info = new NodeEntitiesInfo { NodeName = new string('n', 257) };

        var error = Assert.Throws<ArgumentException>(() => RosSerializer.SerializeToArray(info));

        Assert.Contains("'node_name' is a string bounded to 256 bytes but holds 257", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_FixedArrayOfWrongLength_ThrowsNamingTheField()
    {
        var gid = new Gid { Data = new byte[24] };

        var error = Assert.Throws<ArgumentException>(() => RosSerializer.SerializeToArray(gid));

        Assert.Contains("'data' is a fixed array of 16 elements but holds 24", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundTrip_NaNPayloadsAndNegativeZero_KeepTheirBits()
    {
        double[] values = [double.NaN, BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0001), -0.0];
        var bytes = RosSerializer.SerializeToArray(new Float64MultiArray { Data = values });

        Assert.True(RosSerializer.TryDeserialize<Float64MultiArray>(bytes, out var decoded, out _));
        Assert.Equal(values.Select(BitConverter.DoubleToInt64Bits), decoded.Data.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void Serialize_FixedArray_WritesNoLength()
    {
        var bytes = RosSerializer.SerializeToArray(new Gid { Data = [.. Enumerable.Range(1, 16).Select(i => (byte)i)] });

        Assert.Equal(4 + 16, bytes.Length);
        Assert.Equal(1, bytes[4]);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Serialize_OutputWithLittleRoom_WritesTheSameBytes(SampleMessage sample)
    {
        var roomy = new ArrayBufferWriter<byte>(64 * 1024);
        sample.Type.Serialize(sample.Message, roomy);
        var cramped = new ExactSizeBufferWriter();

        sample.Type.Serialize(sample.Message, cramped);

        Assert.Equal(roomy.WrittenSpan.ToArray(), cramped.Written);
    }

    [Fact]
    public void Serialize_IntoReusedBuffer_AllocatesNothing()
    {
        var message = SampleMessages.SevenJointState();
        var buffer = new ArrayBufferWriter<byte>(1024);
        RosSerializer.Serialize(message, buffer);
        buffer.ResetWrittenCount();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            RosSerializer.Serialize(message, buffer);
            buffer.ResetWrittenCount();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    public static TheoryData<SampleMessage> Samples() => [.. SampleMessages.All];

    /// <summary>An output that offers exactly the size asked for (at least 1 byte), as some pooled writers do.</summary>
    private sealed class ExactSizeBufferWriter : IBufferWriter<byte>
    {
        private byte[] _buffer = new byte[16];
        private int _count;

        public byte[] Written => _buffer[.._count];

        public void Advance(int count) => _count += count;

        public Memory<byte> GetMemory(int sizeHint = 0) => Claim(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => Claim(sizeHint).Span;

        private Memory<byte> Claim(int sizeHint)
        {
            var size = Math.Max(1, sizeHint);
            if (_buffer.Length - _count < size)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _count + size));
            }

            return _buffer.AsMemory(_count, size);
        }
    }
}
