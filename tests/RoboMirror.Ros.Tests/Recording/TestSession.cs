using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Recording;

namespace RoboMirror.Ros.Tests.Recording;

/// <summary>
/// A deterministic simulated session: joint states at 500 Hz, a partner skeleton at 30 Hz and a turn
/// event string every second, written to an <see cref="IMcapWriter"/>; returns what was recorded.
/// </summary>
internal static class TestSession
{
    public const ulong StartTime = 1_764_000_000_000_000_000;
    public const string JointStates = "/joint_states";
    public const string Skeleton = "/humans/bodies/a1b2/skeleton2d";
    public const string TurnEvents = "/robomirror/turn_events";

    private static readonly string[] JointNames = ["shoulder_pan", "shoulder_lift", "elbow", "wrist_1", "wrist_2", "wrist_3"];

    public static List<RecordedMessage> Write(IMcapWriter writer, TimeSpan duration)
    {
        var joints = writer.AddChannel(JointStates, TestTypes.JointState, QosProfile.SensorData);
        var skeleton = writer.AddChannel(Skeleton, TestTypes.Skeleton2D, QosProfile.Default);
        var events = writer.AddChannel(TurnEvents, TestTypes.String, QosProfile.Latched);
        var recorded = new List<RecordedMessage>();
        var sequences = new Dictionary<string, uint>();
        var end = (long)(duration.Ticks * 100);
        for (long t = 0; t < end; t += 2_000_000)
        {
            var step = (int)(t / 2_000_000);
            Record(writer, recorded, sequences, JointStates, joints, t, JointStateAt(t));
            if (step % 17 == 0)
            {
                Record(writer, recorded, sequences, Skeleton, skeleton, t, SkeletonAt(t));
            }

            if (step % 500 == 250)
            {
                Record(writer, recorded, sequences, TurnEvents, events, t, TestPayloads.String($"turn {step / 500}: robot answers the wave"));
            }
        }

        return recorded;
    }

    public static (byte[] Payload, System.Text.Json.Nodes.JsonObject Expected) JointStateAt(long t)
    {
        var seconds = t / 1e9;
        var position = JointNames.Select((_, i) => Math.Sin(seconds + i) * 1.5).ToArray();
        var velocity = JointNames.Select((_, i) => Math.Cos(seconds + i) * 1.5).ToArray();
        var effort = JointNames.Select((_, i) => i * 0.25 - seconds).ToArray();
        var stamp = StartTime + (ulong)t;
        return TestPayloads.JointState((int)(stamp / 1_000_000_000), (uint)(stamp % 1_000_000_000), JointNames, position, velocity, effort);
    }

    private static (byte[] Payload, System.Text.Json.Nodes.JsonObject Expected) SkeletonAt(long t)
    {
        var seconds = (float)(t / 1e9);
        var points = Enumerable.Range(0, 18).Select(i => (0.5f + (0.3f * MathF.Sin(seconds + i)), 0.1f + (i * 0.04f), 0.9f)).ToArray();
        var stamp = StartTime + (ulong)t;
        return TestPayloads.Skeleton2D((int)(stamp / 1_000_000_000), (uint)(stamp % 1_000_000_000), points);
    }

    private static void Record(
        IMcapWriter writer,
        List<RecordedMessage> recorded,
        Dictionary<string, uint> sequences,
        string topic,
        ushort channel,
        long t,
        (byte[] Payload, System.Text.Json.Nodes.JsonObject Expected) message)
    {
        var logTime = StartTime + (ulong)t;
        var publishTime = logTime - 150_000;
        writer.WriteMessage(channel, logTime, publishTime, message.Payload);
        var sequence = sequences.GetValueOrDefault(topic);
        sequences[topic] = sequence + 1;
        recorded.Add(new RecordedMessage(topic, sequence, logTime, publishTime, message.Payload, message.Expected));
    }
}
