using System.Buffers;
using BenchmarkDotNet.Attributes;
using RoboMirror.Ros.Messages.BuiltinInterfaces;
using RoboMirror.Ros.Messages.SensorMsgs;
using RoboMirror.Ros.Messages.StdMsgs;
using RoboMirror.Ros.Serialization;

namespace RoboMirror.Benchmarks.Ros;

/// <summary>
/// CDR codec cost of the message an arm driver publishes at 500 Hz-1 kHz: a 7-joint JointState with header.
/// Target (docs/ros-messages.md): write + read ≤ 500 ns, 0 bytes allocated by the write.
///   dotnet run -c Release --project tests/RoboMirror.Benchmarks -- --filter '*CdrJointState*' --job short
/// </summary>
[MemoryDiagnoser]
public class CdrJointStateBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly JointState _message = new()
    {
        Header = new Header { Stamp = new Time { Sec = 1_732_000_000, Nanosec = 123_456_789 }, FrameId = "base_link" },
        Name = ["shoulder_pan_joint", "shoulder_lift_joint", "elbow_joint", "wrist_1_joint", "wrist_2_joint", "wrist_3_joint", "gripper_joint"],
        Position = [0.0, -1.5707963267948966, 1.2, -0.3, 1.5707963267948966, 0.1, 0.04],
        Velocity = [0.01, -0.02, 0.03, -0.04, 0.05, -0.06, 0.0],
        Effort = [1.5, -20.25, 8.0, 0.5, -0.125, 0.0625, 3.0],
    };

    private byte[] _payload = [];

    [GlobalSetup]
    public void Setup() => _payload = RosSerializer.SerializeToArray(_message);

    /// <summary>Encapsulation header, fields and end padding into a reused buffer.</summary>
    [Benchmark]
    public int Write()
    {
        _buffer.ResetWrittenCount();
        RosSerializer.Serialize(_message, _buffer);
        return _buffer.WrittenCount;
    }

    /// <summary>Decoding into a new message (allocates the message, its strings and arrays).</summary>
    [Benchmark]
    public JointState Read() => RosSerializer.Deserialize<JointState>(_payload);

    /// <summary>One round trip: what a publisher and a subscriber in one process pay per message.</summary>
    [Benchmark(Baseline = true)]
    public JointState WriteAndRead()
    {
        _buffer.ResetWrittenCount();
        RosSerializer.Serialize(_message, _buffer);
        return RosSerializer.Deserialize<JointState>(_buffer.WrittenSpan);
    }
}
