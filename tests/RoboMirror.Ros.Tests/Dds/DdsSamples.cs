using System.Buffers;
using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Messages.BuiltinInterfaces;
using RoboMirror.Ros.Messages.StdMsgs;
using RoboMirror.Ros.Serialization;
using RoboMirror.Ros.Transport;
using JointStateMessage = RoboMirror.Ros.Messages.SensorMsgs.JointState;
using RosString = RoboMirror.Ros.Messages.StdMsgs.String;

namespace RoboMirror.Ros.Tests.Dds;

/// <summary>Serialized ROS 2 messages for the DDS tests, from the generated message classes.</summary>
internal static class DdsSamples
{
    public static MessageTypeInfo StringType => RosString.TypeInfo;

    public static MessageTypeInfo JointStateType => JointStateMessage.TypeInfo;

    /// <summary>std_msgs/msg/String, serialized by the generated message class.</summary>
    public static byte[] String(string data) => RosSerializer.SerializeToArray(new RosString { Data = data });

    public static string ReadString(ReadOnlySpan<byte> sample) => RosSerializer.Deserialize<RosString>(sample).Data;

    /// <summary>sensor_msgs/msg/JointState, serialized by the generated message class.</summary>
    public static byte[] JointState(int sec, uint nanosec, string frameId, string[] names, double[] position, double[] velocity, double[] effort) =>
        RosSerializer.SerializeToArray(new JointStateMessage
        {
            Header = new Header { Stamp = new Time { Sec = sec, Nanosec = nanosec }, FrameId = frameId },
            Name = [.. names],
            Position = [.. position],
            Velocity = [.. velocity],
            Effort = [.. effort],
        });

    /// <summary>Takes one sample, or null when none waits.</summary>
    public static byte[]? TryTake(ITransportReader reader, out SampleInfo info)
    {
        var buffer = new ArrayBufferWriter<byte>();
        return reader.TryTake(buffer, out info) ? buffer.WrittenSpan.ToArray() : null;
    }

    /// <summary>Waits (bounded) for the next sample.</summary>
    public static async Task<(byte[] Sample, SampleInfo Info)> TakeAsync(ITransportReader reader, TimeSpan timeout, string what)
    {
        byte[]? sample = null;
        SampleInfo info = default;
        await DdsTestEnvironment.WaitUntilAsync(() => (sample = TryTake(reader, out info)) is not null, timeout, what);
        return (sample!, info);
    }

    /// <summary>
    /// True when <paramref name="received"/> carries the same payload as <paramref name="expected"/>: same
    /// representation, same bytes after the 4-byte header, except for up to 3 zero bytes of padding at the
    /// end that one side may count in the option bits and the other (Fast DDS) may not.
    /// </summary>
    public static bool SamePayload(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> received)
    {
        if (expected.Length < 4 || received.Length < 4 || !expected[..3].SequenceEqual(received[..3]))
        {
            return false;
        }

        var shorter = expected.Length <= received.Length ? expected : received;
        var longer = expected.Length <= received.Length ? received : expected;
        return longer.Length - shorter.Length <= 3
            && longer[4..shorter.Length].SequenceEqual(shorter[4..])
            && !longer[shorter.Length..].ContainsAnyExcept((byte)0);
    }
}
