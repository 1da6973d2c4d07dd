using System.Buffers;
using System.Text.Json.Nodes;
using RoboMirror.Ros.Serialization;

namespace RoboMirror.Ros.Tests.Recording;

/// <summary>CDR payloads of the test types, each with the JSON value a ROS 2 decoder must produce from it.</summary>
internal static class TestPayloads
{
    public static (byte[] Payload, JsonObject Expected) String(string data)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new CdrWriter(buffer);
        writer.WriteEncapsulationHeader();
        writer.WriteString(data);
        return (buffer.WrittenSpan.ToArray(), new JsonObject { ["data"] = data });
    }

    public static (byte[] Payload, JsonObject Expected) JointState(int sec, uint nanosec, string[] names, double[] position, double[] velocity, double[] effort)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new CdrWriter(buffer);
        writer.WriteEncapsulationHeader();
        WriteHeader(ref writer, sec, nanosec, "base_link");
        writer.WriteSequenceLength(names.Length);
        foreach (var name in names)
        {
            writer.WriteString(name);
        }

        WriteDoubles(ref writer, position);
        WriteDoubles(ref writer, velocity);
        WriteDoubles(ref writer, effort);
        return (buffer.WrittenSpan.ToArray(), new JsonObject
        {
            ["header"] = HeaderJson(sec, nanosec, "base_link"),
            ["name"] = new JsonArray([.. names.Select(n => JsonValue.Create(n))]),
            ["position"] = DoublesJson(position),
            ["velocity"] = DoublesJson(velocity),
            ["effort"] = DoublesJson(effort),
        });
    }

    public static (byte[] Payload, JsonObject Expected) Skeleton2D(int sec, uint nanosec, (float X, float Y, float C)[] points)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new CdrWriter(buffer);
        writer.WriteEncapsulationHeader();
        WriteHeader(ref writer, sec, nanosec, "camera");
        writer.WriteSequenceLength(points.Length);
        var json = new JsonArray();
        foreach (var (x, y, c) in points)
        {
            writer.WriteFloat32(x);
            writer.WriteFloat32(y);
            writer.WriteFloat32(c);
            json.Add(new JsonObject { ["x"] = (double)x, ["y"] = (double)y, ["c"] = (double)c });
        }

        return (buffer.WrittenSpan.ToArray(), new JsonObject { ["header"] = HeaderJson(sec, nanosec, "camera"), ["skeleton"] = json });
    }

    private static void WriteHeader(ref CdrWriter writer, int sec, uint nanosec, string frame)
    {
        writer.WriteInt32(sec);
        writer.WriteUInt32(nanosec);
        writer.WriteString(frame);
    }

    private static void WriteDoubles(ref CdrWriter writer, double[] values)
    {
        writer.WriteSequenceLength(values.Length);
        writer.WritePrimitives<double>(values);
    }

    private static JsonObject HeaderJson(int sec, uint nanosec, string frame) => new()
    {
        ["stamp"] = new JsonObject { ["sec"] = sec, ["nanosec"] = nanosec },
        ["frame_id"] = frame,
    };

    private static JsonArray DoublesJson(double[] values) => new([.. values.Select(v => JsonValue.Create(v))]);
}
