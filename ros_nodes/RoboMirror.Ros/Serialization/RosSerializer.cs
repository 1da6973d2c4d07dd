using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using RoboMirror.Ros.Messages;

namespace RoboMirror.Ros.Serialization;

/// <summary>
/// Whole-payload encoding of ROS 2 messages: the 4-byte XCDR1 encapsulation header, then the fields.
/// Publishers call <see cref="Serialize{T}"/>; subscriptions call <see cref="TryDeserialize{T}"/>, which
/// never throws for bad input from the wire.
/// </summary>
public static class RosSerializer
{
    /// <summary>
    /// Writes <paramref name="message"/> as a complete XCDR1 little-endian payload as rmw_cyclonedds puts it on
    /// the wire: the encapsulation header, the fields, then zero padding to a multiple of 4 bytes whose count
    /// the header's option bytes announce (DDS-XTypes 1.3, 7.6.3.1.2). Allocates nothing when
    /// <paramref name="output"/> already has room.
    /// </summary>
    public static void Serialize<T>(T message, IBufferWriter<byte> output)
        where T : IRosMessage<T>
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(output);

        // One pass into whatever room the output has; the header's padding count is filled in before the
        // bytes are committed. Only when that room is too small is the (now known) size claimed and the
        // message written again.
        var span = output.GetSpan();
        var writer = new CdrWriter(span);
        writer.WriteEncapsulationHeader();
        message.Serialize(ref writer);
        var padding = CdrWriter.EndPadding(writer.Position);
        var total = writer.BytesWritten + padding;
        if (writer.HasOverflowed || total > span.Length)
        {
            WriteIntoExactSpan(message, output, total, padding);
            return;
        }

        span[3] = (byte)padding;
        span[writer.BytesWritten..total].Clear();
        output.Advance(total);
    }

    /// <summary>Size in bytes of the payload <see cref="Serialize{T}"/> writes (header and end padding included).</summary>
    public static int GetSerializedSize<T>(T message)
        where T : IRosMessage<T>
    {
        ArgumentNullException.ThrowIfNull(message);
        var measure = CdrWriter.ForMeasuring();
        message.Serialize(ref measure);
        return CdrEncapsulation.HeaderLength + measure.Position + CdrWriter.EndPadding(measure.Position);
    }

    /// <summary>Serializes into a new array (convenient for tests and tools, not for hot paths).</summary>
    public static byte[] SerializeToArray<T>(T message)
        where T : IRosMessage<T>
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Serialize(message, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Decodes a complete payload (encapsulation header included; little- or big-endian). Throws
    /// <see cref="CdrFormatException"/> naming the offset when the payload is malformed.
    /// </summary>
    public static T Deserialize<T>(ReadOnlySpan<byte> payload)
        where T : IRosMessage<T>
    {
        var reader = new CdrReader(payload);
        reader.ReadEncapsulationHeader();
        return T.Deserialize(ref reader);
    }

    /// <summary>
    /// Decodes a complete payload without throwing: on malformed input (truncated, lengths past the end,
    /// unknown encapsulation, invalid UTF-8, out-of-range booleans) returns false with a message that names
    /// the type, the problem and the byte offset. Trailing bytes after the last field are ignored, as
    /// ROS 2's own deserializers ignore them.
    /// </summary>
    public static bool TryDeserialize<T>(ReadOnlySpan<byte> payload, [NotNullWhen(true)] out T? message, [NotNullWhen(false)] out string? error)
        where T : IRosMessage<T>
    {
        try
        {
            message = Deserialize<T>(payload)!;
            error = null;
            return true;
        }
        catch (CdrFormatException e)
        {
            message = default;
            error = $"cannot decode {T.TypeInfo.RosName} from {payload.Length} bytes: {e.Message}";
            return false;
        }
    }

    private static void WriteIntoExactSpan<T>(T message, IBufferWriter<byte> output, int total, int padding)
        where T : IRosMessage<T>
    {
        var writer = new CdrWriter(output.GetSpan(total)[..total]);
        writer.WriteEncapsulationHeader(padding);
        message.Serialize(ref writer);
        writer.Align(4);
        if (writer.HasOverflowed || writer.BytesWritten != total)
        {
            throw new InvalidOperationException(
                $"{T.TypeInfo.RosName} serialized to {writer.BytesWritten} bytes after measuring {total}: the message was changed while it was being serialized (share it between threads only with a lock)");
        }

        output.Advance(total);
    }
}
