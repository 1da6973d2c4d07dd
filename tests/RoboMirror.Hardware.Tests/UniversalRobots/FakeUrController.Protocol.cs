using System.Buffers.Binary;
using System.Text;

namespace RoboMirror.Hardware.Tests.UniversalRobots;

/// <summary>The fake controller's answers to each RTDE package type, as the RTDE guide specifies them.</summary>
internal sealed partial class FakeUrController
{
    private async Task HandleAsync(char type, byte[] payload)
    {
        switch (type)
        {
            case 'V' when Behaviour == FakeBehaviour.GarbageHandshake:
                await SendRawAsync([0x00, 0x01, 0xFF, 0x13, 0x37]);
                break;
            case 'V':
                await SendAsync('V', [(byte)(BinaryPrimitives.ReadUInt16BigEndian(payload) == 2 ? 1 : 0)]);
                break;
            case 'v':
                var version = new byte[16];
                BinaryPrimitives.WriteUInt32BigEndian(version, 5);
                BinaryPrimitives.WriteUInt32BigEndian(version.AsSpan(4), 15);
                await SendAsync('v', version);
                break;
            case 'O':
                RequestedFrequency = BinaryPrimitives.ReadDoubleBigEndian(payload);
                _outputs = Encoding.ASCII.GetString(payload, 8, payload.Length - 8).Split(',');
                await SendAsync('O', [1, .. Encoding.ASCII.GetBytes(string.Join(',', _outputs.Select(OutputType)))]);
                break;
            case 'I':
                _inputs = Encoding.ASCII.GetString(payload).Split(',');
                await SendAsync('I', [2, .. Encoding.ASCII.GetBytes(string.Join(',', _inputs.Select(InputType)))]);
                break;
            case 'S':
                await SendAsync('S', [1]);
                _started.TrySetResult();
                break;
            case 'P':
                await SendAsync('P', [1]);
                break;
            case 'U':
                await Inputs.Writer.WriteAsync(ParseInput(payload));
                break;
            default:
                throw new InvalidOperationException($"fake: unexpected package type {(int)type}");
        }
    }

    private FakeInput ParseInput(byte[] payload)
    {
        if (payload[0] != 2)
        {
            throw new InvalidOperationException($"fake: input package has recipe id {payload[0]}, expected 2");
        }

        var offset = 1;
        int mode = 0, sequence = 0;
        var targets = new List<double>();
        foreach (var name in _inputs)
        {
            if (name.StartsWith("input_int_register_", StringComparison.Ordinal))
            {
                var value = BinaryPrimitives.ReadInt32BigEndian(payload.AsSpan(offset));
                offset += 4;
                if (name.EndsWith("_24", StringComparison.Ordinal))
                {
                    mode = value;
                }
                else
                {
                    sequence = value;
                }
            }
            else
            {
                targets.Add(BinaryPrimitives.ReadDoubleBigEndian(payload.AsSpan(offset)));
                offset += 8;
            }
        }

        return new FakeInput(mode, sequence, [.. targets]);
    }

    private static string OutputType(string name) => name switch
    {
        "timestamp" => "DOUBLE",
        "actual_q" or "actual_qd" or "target_q" => "VECTOR6D",
        "robot_mode" or "safety_mode" => "INT32",
        "runtime_state" => "UINT32",
        _ => "NOT_FOUND",
    };

    private static string InputType(string name) =>
        name.StartsWith("input_int_register_", StringComparison.Ordinal) ? "INT32"
        : name.StartsWith("input_double_register_", StringComparison.Ordinal) ? "DOUBLE"
        : "NOT_FOUND";
}
