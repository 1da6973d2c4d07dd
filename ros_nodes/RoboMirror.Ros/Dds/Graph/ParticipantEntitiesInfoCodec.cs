using System.Buffers;
using RoboMirror.Ros.Serialization;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros.Dds.Graph;

/// <summary>
/// XCDR1 codec of <see cref="ParticipantEntitiesInfo"/> for both Gid layouts:
/// <code>
/// Gid gid                                   # uint8[16] (Jazzy) or char[24] (Humble): fixed array, no length
/// NodeEntitiesInfo[] node_entities_info_seq # string node_namespace, string node_name, Gid[] reader_gid_seq, Gid[] writer_gid_seq
/// </code>
/// Written here rather than generated because the Gid size depends on the distro setting.
/// </summary>
internal static class ParticipantEntitiesInfoCodec
{
    public const string DdsTopic = "ros_discovery_info";
    public const string DdsType = "rmw_dds_common::msg::dds_::ParticipantEntitiesInfo_";

    /// <summary>The Gid size of <paramref name="distro"/>: 24 bytes in Humble, 16 in Jazzy.</summary>
    public static int GidLength(RosDistro distro) => distro == RosDistro.Humble ? 24 : 16;

    public static void Encode(ParticipantEntitiesInfo info, RosDistro distro, IBufferWriter<byte> output)
    {
        var gidLength = GidLength(distro);
        var writer = new CdrWriter(output);
        writer.WriteEncapsulationHeader();
        WriteGid(ref writer, info.ParticipantGid, gidLength);
        writer.WriteSequenceLength(info.Nodes.Count);
        foreach (var node in info.Nodes)
        {
            writer.WriteString(node.Node.Namespace);
            writer.WriteString(node.Node.Name);
            writer.WriteSequenceLength(node.ReaderGids.Count);
            foreach (var gid in node.ReaderGids)
            {
                WriteGid(ref writer, gid, gidLength);
            }

            writer.WriteSequenceLength(node.WriterGids.Count);
            foreach (var gid in node.WriterGids)
            {
                WriteGid(ref writer, gid, gidLength);
            }
        }
    }

    /// <summary>
    /// Decodes a sample from any participant: the distro's layout first, then the other one (a Humble
    /// and a Jazzy machine may share a domain). False for anything malformed; never throws on input.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> sample, RosDistro preferred, out ParticipantEntitiesInfo? info)
    {
        var other = preferred == RosDistro.Humble ? RosDistro.Jazzy : RosDistro.Humble;
        return TryDecodeAs(sample, GidLength(preferred), out info) || TryDecodeAs(sample, GidLength(other), out info);
    }

    private static bool TryDecodeAs(ReadOnlySpan<byte> sample, int gidLength, out ParticipantEntitiesInfo? info)
    {
        info = null;
        try
        {
            var reader = new CdrReader(sample);
            reader.ReadEncapsulationHeader();
            var participant = ReadGid(ref reader, gidLength);
            var count = reader.ReadSequenceLength(minElementSize: 16);
            var nodes = new List<NodeEntitiesInfo>(count);
            for (var i = 0; i < count; i++)
            {
                var ns = reader.ReadString();
                var name = reader.ReadString();
                var readers = ReadGids(ref reader, gidLength);
                var writers = ReadGids(ref reader, gidLength);
                nodes.Add(new NodeEntitiesInfo(new NodeIdentity(ns, name), readers, writers));
            }

            // Only alignment padding (at most 3 bytes) may follow: anything else means the other layout.
            if (reader.Remaining > 3)
            {
                return false;
            }

            info = new ParticipantEntitiesInfo(participant, nodes);
            return true;
        }
        catch (CdrFormatException)
        {
            return false;
        }
    }

    private static List<byte[]> ReadGids(ref CdrReader reader, int gidLength)
    {
        var count = reader.ReadSequenceLength(gidLength);
        var gids = new List<byte[]>(count);
        for (var i = 0; i < count; i++)
        {
            gids.Add(ReadGid(ref reader, gidLength));
        }

        return gids;
    }

    private static byte[] ReadGid(ref CdrReader reader, int gidLength)
    {
        var gid = new byte[gidLength];
        reader.ReadPrimitives<byte>(gid);
        return gid;
    }

    private static void WriteGid(ref CdrWriter writer, byte[] gid, int gidLength)
    {
        // Humble's 24-byte Gid is the 16-byte GUID followed by zeros.
        var padded = new byte[gidLength];
        gid.AsSpan(0, Math.Min(gid.Length, gidLength)).CopyTo(padded);
        writer.WritePrimitives<byte>(padded);
    }
}
