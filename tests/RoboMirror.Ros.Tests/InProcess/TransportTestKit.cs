using System.Buffers;
using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros.Tests.InProcess;

/// <summary>Small helpers for driving a transport with raw bytes.</summary>
internal static class TransportTestKit
{
    public static readonly NodeIdentity TestNode = new("/", "test_node");

    public static readonly MessageTypeInfo TypeA = new("test_msgs/msg/A", "test_msgs::msg::dds_::A_", "RIHS01_00", "int32 x\n");

    public static readonly MessageTypeInfo TypeB = new("test_msgs/msg/B", "test_msgs::msg::dds_::B_", "RIHS01_01", "int32 y\n");

    public static TopicDescription Topic(string name = "/t", MessageTypeInfo? type = null) => new(name, type ?? TypeA);

    /// <summary>Takes every waiting sample; each one's first byte identifies it in these tests.</summary>
    public static List<byte> TakeAll(ITransportReader reader)
    {
        var taken = new List<byte>();
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            buffer.ResetWrittenCount();
            if (!reader.TryTake(buffer, out _))
            {
                return taken;
            }

            taken.Add(buffer.WrittenSpan[0]);
        }
    }

    public static void WriteIds(ITransportWriter writer, params byte[] ids)
    {
        foreach (var id in ids)
        {
            writer.Write([id, 0xAA]);
        }
    }
}
