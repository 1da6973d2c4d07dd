using System.Buffers;
using RoboMirror.Ros.Dds;
using RoboMirror.Ros.Dds.Graph;
using RoboMirror.Ros.Serialization;
using RoboMirror.Ros.Transport;

using Generated = RoboMirror.Ros.Messages.RmwDdsCommon;

namespace RoboMirror.Ros.Tests.Dds.Graph;

public sealed class ParticipantEntitiesInfoCodecTests
{
    private static readonly byte[] Participant = [.. Enumerable.Range(1, 16).Select(i => (byte)i)];
    private static readonly byte[] ReaderGid = [.. Enumerable.Range(0x21, 16).Select(i => (byte)i)];

    private static ParticipantEntitiesInfo Sample() =>
        new(Participant, [new NodeEntitiesInfo(new NodeIdentity("/", "n"), [ReaderGid], [])]);

    [Fact]
    public void Encode_Jazzy_Writes16ByteGidsInRosLayout()
    {
        var bytes = Encode(Sample(), RosDistro.Jazzy);

        byte[] expected =
        [
            0x00, 0x01, 0x00, 0x00, .. Participant,
            1, 0, 0, 0, // one node
            2, 0, 0, 0, (byte)'/', 0, 0, 0, // namespace "/" and alignment
            2, 0, 0, 0, (byte)'n', 0, 0, 0, // name "n" and alignment
            1, 0, 0, 0, .. ReaderGid, // reader_gid_seq
            0, 0, 0, 0, // writer_gid_seq
        ];
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public void Encode_Jazzy_MatchesTheGeneratedRmwDdsCommonMessage()
    {
        var generated = new Generated.ParticipantEntitiesInfo
        {
            Gid = new Generated.Gid { Data = [.. Participant] },
            NodeEntitiesInfoSeq =
            [
                new Generated.NodeEntitiesInfo { NodeNamespace = "/", NodeName = "n", ReaderGidSeq = [new Generated.Gid { Data = [.. ReaderGid] }] },
            ],
        };

        Assert.Equal(RosSerializer.SerializeToArray(generated), Encode(Sample(), RosDistro.Jazzy));
    }

    [Fact]
    public void Encode_Humble_PadsGidsTo24Bytes()
    {
        var bytes = Encode(Sample(), RosDistro.Humble);

        Assert.Equal(Participant, bytes[4..20]);
        Assert.Equal(new byte[8], bytes[20..28]);
        Assert.Equal(4 + 24 + 4 + 8 + 8 + 4 + 24 + 4, bytes.Length);
    }

    [Theory]
    [InlineData(RosDistro.Jazzy, RosDistro.Jazzy)]
    [InlineData(RosDistro.Humble, RosDistro.Humble)]
    [InlineData(RosDistro.Humble, RosDistro.Jazzy)]
    [InlineData(RosDistro.Jazzy, RosDistro.Humble)]
    public void TryDecode_EitherLayout_ReadsTheNodesBack(RosDistro writtenAs, RosDistro preferred)
    {
        var bytes = Encode(Sample(), writtenAs);

        Assert.True(ParticipantEntitiesInfoCodec.TryDecode(bytes, preferred, out var info));
        Assert.Equal(Participant, info!.ParticipantGid[..16]);
        var node = Assert.Single(info.Nodes);
        Assert.Equal(new NodeIdentity("/", "n"), node.Node);
        Assert.Equal(ReaderGid, node.ReaderGids.Single()[..16]);
        Assert.Empty(node.WriterGids);
    }

    [Fact]
    public void TryDecode_EveryTruncation_ReturnsFalseWithoutThrowing()
    {
        var bytes = Encode(Sample(), RosDistro.Jazzy);

        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.False(ParticipantEntitiesInfoCodec.TryDecode(bytes.AsSpan(0, length), RosDistro.Jazzy, out _), $"length {length}");
        }
    }

    [Fact]
    public void TryDecode_RandomBytes_NeverThrows()
    {
        var random = new Random(20261129);
        var buffer = new byte[96];
        for (var i = 0; i < 5000; i++)
        {
            random.NextBytes(buffer);
            buffer[0] = 0;
            buffer[1] = 1;
            var length = random.Next(buffer.Length);
            _ = ParticipantEntitiesInfoCodec.TryDecode(buffer.AsSpan(0, length), RosDistro.Jazzy, out _);
        }
    }

    private static byte[] Encode(ParticipantEntitiesInfo info, RosDistro distro)
    {
        var buffer = new ArrayBufferWriter<byte>();
        ParticipantEntitiesInfoCodec.Encode(info, distro, buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
