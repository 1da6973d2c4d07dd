using System.Buffers;

namespace RoboMirror.Ros.Execution;

/// <summary>
/// One reusable serialization buffer per thread, so that publishing allocates nothing once the buffer has
/// grown to the largest message. Rent/return rather than a plain field so that a nested publish (from a
/// handler on the same thread) gets its own buffer instead of overwriting the outer one.
/// </summary>
internal static class SerializationBuffer
{
    // Buffers that grew past this are not kept, so one huge message does not pin memory for good.
    private const int MaxRetainedBytes = 4 * 1024 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_cached;

    public static ArrayBufferWriter<byte> Rent()
    {
        var buffer = t_cached ?? new ArrayBufferWriter<byte>(1024);
        t_cached = null;
        buffer.ResetWrittenCount();
        return buffer;
    }

    public static void Return(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity <= MaxRetainedBytes)
        {
            t_cached = buffer;
        }
    }
}
