using System.Buffers;
using CsCheck;
using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Messages.SensorMsgs;
using RoboMirror.Ros.Messages.TrajectoryMsgs;
using RoboMirror.Ros.Serialization;
using RoboMirror.Ros.Tests.Messages;

namespace RoboMirror.Ros.Tests.Serialization;

/// <summary>
/// Bad input from the wire: random and mutated payloads fed to the decoder of every generated type. The
/// decode API used by subscriptions must answer true or false, never throw, and whatever it accepts must
/// re-encode to a payload that decodes to the same bytes again.
/// </summary>
public sealed class DecoderFuzzTests
{
    private const int Payloads = 120_000;

    private static readonly (RosMessageType Type, byte[][] Seeds)[] Targets = [.. RosMessageRegistry.All.Select(t => (t, Seeds(t)))];

    [Fact]
    public void TryDeserialize_RandomAndMutatedPayloadsForEveryType_NeverThrows()
    {
        var decoded = 0;
        var rejected = 0;
        var generator = Gen.Select(Gen.Int[0, Targets.Length - 1], Gen.UInt.Array[1, 6], Gen.Byte.Array[0, 48], (target, operations, noise) =>
            (Target: target, Payload: Mutate(Targets[target].Seeds[(int)(operations[0] % (uint)Targets[target].Seeds.Length)], operations, noise)));

        generator.Sample(
            testCase =>
            {
                var type = Targets[testCase.Target].Type;
                if (type.TryDeserialize(testCase.Payload, out var message, out var error))
                {
                    Interlocked.Increment(ref decoded);
                    var first = Serialize(type, message);
                    Assert.True(type.TryDeserialize(first, out var again, out error), $"{type}: re-encoded payload rejected: {error}");
                    Assert.Equal(first, Serialize(type, again));
                }
                else
                {
                    Interlocked.Increment(ref rejected);
                    Assert.False(string.IsNullOrEmpty(error));
                    Assert.StartsWith($"cannot decode {type.TypeInfo.RosName}", error, StringComparison.Ordinal);
                }
            },
            iter: Payloads,
            print: testCase => $"{Targets[testCase.Target].Type}: {Convert.ToHexString(testCase.Payload)}");

        Assert.Equal(Payloads, decoded + rejected);
        Assert.True(decoded > Payloads / 20, $"only {decoded} of {Payloads} payloads decoded: the mutations barely exercise the success path");
        Assert.True(rejected > Payloads / 4, $"only {rejected} of {Payloads} payloads were rejected: the mutations barely exercise the error paths");
    }

    [Fact]
    public void RoundTrip_RandomJointStates_ReadsBackBitForBit()
    {
        var doubles = Gen.Double.Array[0, 12];
        var generator = Gen.Select(Gen.Int, Gen.UInt, Gen.String, Gen.String.Array[0, 12], doubles, doubles, doubles,
            (sec, nanosec, frame, names, position, velocity, effort) => new JointState
            {
                Header = new() { Stamp = new() { Sec = sec, Nanosec = nanosec }, FrameId = frame },
                Name = names,
                Position = position,
                Velocity = velocity,
                Effort = effort,
            });

        generator.Sample(message =>
        {
            var bytes = RosSerializer.SerializeToArray(message);
            Assert.True(RosSerializer.TryDeserialize<JointState>(bytes, out var decoded, out var error), error);
            Assert.Equal(message.Header.FrameId, decoded.Header.FrameId);
            Assert.Equal(message.Name, decoded.Name);
            Assert.Equal(Bits(message.Position), Bits(decoded.Position));
            Assert.Equal(Bits(message.Effort), Bits(decoded.Effort));
            Assert.Equal(bytes, RosSerializer.SerializeToArray(decoded));
        }, iter: 2_000);
    }

    [Fact]
    public void RoundTrip_RandomTrajectories_ReadsBackTheSameBytes()
    {
        var point = Gen.Select(Gen.Double.Array[0, 7], Gen.Double.Array[0, 7], Gen.Int, Gen.UInt[0, 999_999_999], (positions, velocities, sec, nanosec) =>
            new JointTrajectoryPoint { Positions = positions, Velocities = velocities, TimeFromStart = new() { Sec = sec, Nanosec = nanosec } });
        var generator = Gen.Select(Gen.String.Array[0, 7], point.Array[0, 20], (names, points) => new JointTrajectory { JointNames = names, Points = points });

        generator.Sample(message =>
        {
            var bytes = RosSerializer.SerializeToArray(message);
            Assert.True(RosSerializer.TryDeserialize<JointTrajectory>(bytes, out var decoded, out var error), error);
            Assert.Equal(message.Points.Length, decoded.Points.Length);
            Assert.Equal(bytes, RosSerializer.SerializeToArray(decoded));
        }, iter: 1_000);
    }

    /// <summary>Valid payloads of a type: its default message and every sample of it.</summary>
    private static byte[][] Seeds(RosMessageType type) =>
        [Serialize(type, type.CreateDefault()), .. SampleMessages.All.Where(s => s.Type == type).Select(s => Serialize(type, s.Message))];

    /// <summary>Applies the mutations coded in <paramref name="operations"/>: overwrite a byte, truncate, insert noise, plant a hostile length, cut a range, or replace everything with noise.</summary>
    private static byte[] Mutate(byte[] seed, uint[] operations, byte[] noise)
    {
        var bytes = new List<byte>(seed);
        foreach (var operation in operations)
        {
            var at = (int)((operation >> 3) % (uint)(bytes.Count + 1));
            switch (operation % 7)
            {
                case 0:
                    if (at < bytes.Count)
                    {
                        bytes[at] = (byte)(operation >> 24);
                    }

                    break;
                case 1:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2:
                    bytes.InsertRange(at, noise);
                    break;
                case 3:
                case 4:
                    uint[] hostile = [0, 1, 2, 0x7FFF_FFFF, 0xFFFF_FFFF, 0x8000_0000, (uint)bytes.Count, operation >> 8];
                    var word = BitConverter.GetBytes(hostile[(operation >> 5) % (uint)hostile.Length]);
                    var aligned = Math.Max(4, at & ~3);
                    for (var i = 0; i < 4 && aligned + i < bytes.Count; i++)
                    {
                        bytes[aligned + i] = word[i];
                    }

                    break;
                case 5:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, (int)(operation >> 27)));
                    break;
                default:
                    bytes = [.. (operation & 0x100) == 0 ? [0x00, 0x01, 0x00, 0x00] : Array.Empty<byte>(), .. noise];
                    break;
            }
        }

        return [.. bytes];
    }

    private static byte[] Serialize(RosMessageType type, object message)
    {
        var buffer = new ArrayBufferWriter<byte>();
        type.Serialize(message, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static long[] Bits(double[] values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];
}
