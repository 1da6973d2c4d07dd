using System.Buffers;
using BenchmarkDotNet.Attributes;
using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Recording;
using RoboMirror.Ros.Serialization;

namespace RoboMirror.Benchmarks.Recording;

/// <summary>
/// Writing one simulated second of a session into an MCAP recording: 500 sensor_msgs/JointState (6 joints)
/// and 30 hri_msgs/Skeleton2D (18 points) messages, chunks closed every second as the recorder does by
/// default. The output is a stream that counts bytes, so the figures are the writer's (serialization into
/// the chunk, compression, CRCs), not the disk's.
/// </summary>
[MemoryDiagnoser]
public class McapWriterBenchmarks
{
    private const long Second = 1_000_000_000;
    private const string HeaderDependencies =
        "================================================================================\nMSG: std_msgs/Header\n" +
        "builtin_interfaces/Time stamp\nstring frame_id\n" +
        "================================================================================\nMSG: builtin_interfaces/Time\n" +
        "int32 sec\nuint32 nanosec\n";
    private const long JointStatePeriod = 2_000_000;
    private IMcapWriter _writer = null!;
    private ushort _joints;
    private ushort _skeleton;
    private byte[] _jointState = [];
    private byte[] _skeleton2D = [];
    private ulong _time = 1_764_000_000_000_000_000;

    [Params(McapCompression.Lz4, McapCompression.Zstd, McapCompression.None)]
    public McapCompression Compression { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _writer = McapWriter.Create(Stream.Null, new McapWriterOptions { Compression = Compression });
        _joints = _writer.AddChannel("/joint_states", JointStateType, QosProfile.SensorData);
        _skeleton = _writer.AddChannel("/humans/bodies/a1b2/skeleton2d", Skeleton2DType, QosProfile.Default);
        _jointState = JointStatePayload();
        _skeleton2D = Skeleton2DPayload();
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    /// <summary>One second of session: 500 joint states and 30 skeletons (530 messages).</summary>
    [Benchmark(OperationsPerInvoke = 530)]
    public void WriteOneSecondOfSession()
    {
        for (var t = 0L; t < Second; t += JointStatePeriod)
        {
            var time = _time + (ulong)t;
            _writer.WriteMessage(_joints, time, time, _jointState);
            if (t % (JointStatePeriod * 17) == 0)
            {
                _writer.WriteMessage(_skeleton, time, time, _skeleton2D);
            }
        }

        _time += Second;
    }

    private static MessageTypeInfo JointStateType => new(
        "sensor_msgs/msg/JointState",
        "sensor_msgs::msg::dds_::JointState_",
        string.Empty,
        "std_msgs/Header header\nstring[] name\nfloat64[] position\nfloat64[] velocity\nfloat64[] effort\n" + HeaderDependencies);

    private static MessageTypeInfo Skeleton2DType => new(
        "hri_msgs/msg/Skeleton2D",
        "hri_msgs::msg::dds_::Skeleton2D_",
        string.Empty,
        "std_msgs/Header header\nNormalizedPointOfInterest2D[] skeleton\n" + HeaderDependencies +
        "================================================================================\nMSG: hri_msgs/NormalizedPointOfInterest2D\n" +
        "float32 x\nfloat32 y\nfloat32 c\n");

    private static byte[] JointStatePayload()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new CdrWriter(buffer);
        writer.WriteEncapsulationHeader();
        writer.WriteInt32(1_764_000_000);
        writer.WriteUInt32(2_000_000);
        writer.WriteString("base_link");
        string[] names = ["shoulder_pan", "shoulder_lift", "elbow", "wrist_1", "wrist_2", "wrist_3"];
        writer.WriteSequenceLength(names.Length);
        foreach (var name in names)
        {
            writer.WriteString(name);
        }

        for (var field = 0; field < 3; field++)
        {
            double[] values = [0.1 * field, -1.2, 1.57, -0.4, 0.9, 0.05 * field];
            writer.WriteSequenceLength(values.Length);
            writer.WritePrimitives<double>(values);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] Skeleton2DPayload()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new CdrWriter(buffer);
        writer.WriteEncapsulationHeader();
        writer.WriteInt32(1_764_000_000);
        writer.WriteUInt32(2_000_000);
        writer.WriteString("camera");
        writer.WriteSequenceLength(18);
        for (var i = 0; i < 18; i++)
        {
            writer.WriteFloat32(0.3f + (i * 0.02f));
            writer.WriteFloat32(0.1f + (i * 0.04f));
            writer.WriteFloat32(0.9f);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
