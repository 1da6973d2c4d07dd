using System.Buffers.Binary;

namespace RoboMirror.Hardware.UniversalRobots.Rtde;

/// <summary>
/// RTDE framing over a byte stream: every package is a big-endian <c>uint16</c> size (header included), a
/// <c>uint8</c> type, then the payload. One reader and one writer at a time; buffers are reused, so the
/// received payload is valid until the next receive.
/// </summary>
public sealed class RtdeConnection : IAsyncDisposable
{
    /// <summary>Header size: uint16 size + uint8 type.</summary>
    public const int HeaderSize = 3;

    private readonly Stream _stream;
    private readonly byte[] _receive = new byte[ushort.MaxValue];
    private readonly byte[] _send = new byte[ushort.MaxValue];

    /// <summary>Wraps <paramref name="stream"/> (owned: disposed with the connection).</summary>
    public RtdeConnection(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
    }

    /// <summary>The payload of the last received package.</summary>
    public ReadOnlySpan<byte> Payload => _receive.AsSpan(HeaderSize, PayloadLength);

    /// <summary>The payload length of the last received package.</summary>
    public int PayloadLength { get; private set; }

    /// <summary>A buffer to build an outgoing payload in before <see cref="SendAsync(RtdePackageType, int, CancellationToken)"/>.</summary>
    public Span<byte> SendPayload => _send.AsSpan(HeaderSize);

    /// <summary>Sends a package whose payload was written into <see cref="SendPayload"/>.</summary>
    public ValueTask SendAsync(RtdePackageType type, int payloadLength, CancellationToken cancellationToken)
    {
        var size = HeaderSize + payloadLength;
        if (payloadLength < 0 || size > ushort.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(payloadLength), payloadLength, "An RTDE package holds at most 65532 payload bytes.");
        }

        BinaryPrimitives.WriteUInt16BigEndian(_send, (ushort)size);
        _send[2] = (byte)type;
        return _stream.WriteAsync(_send.AsMemory(0, size), cancellationToken);
    }

    /// <summary>Sends a package with <paramref name="payload"/>.</summary>
    public ValueTask SendAsync(RtdePackageType type, ReadOnlySpan<byte> payload, CancellationToken cancellationToken)
    {
        payload.CopyTo(SendPayload);
        return SendAsync(type, payload.Length, cancellationToken);
    }

    /// <summary>
    /// Receives the next package; returns its type (the payload is in <see cref="Payload"/>). Throws
    /// <see cref="EndOfStreamException"/> when the peer closes and <see cref="RtdeProtocolException"/> for a size
    /// smaller than the header.
    /// </summary>
    public async ValueTask<RtdePackageType> ReceiveAsync(CancellationToken cancellationToken)
    {
        await ReadExactlyAsync(0, HeaderSize, cancellationToken).ConfigureAwait(false);
        var size = BinaryPrimitives.ReadUInt16BigEndian(_receive);
        if (size < HeaderSize)
        {
            throw new RtdeProtocolException($"RTDE package header declares {size} bytes; every package has at least the {HeaderSize}-byte header. The stream is out of step (garbage bytes?).");
        }

        await ReadExactlyAsync(HeaderSize, size - HeaderSize, cancellationToken).ConfigureAwait(false);
        PayloadLength = size - HeaderSize;
        return (RtdePackageType)_receive[2];
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stream.DisposeAsync();

    private async ValueTask ReadExactlyAsync(int offset, int count, CancellationToken cancellationToken)
    {
        var read = 0;
        while (read < count)
        {
            var n = await _stream.ReadAsync(_receive.AsMemory(offset + read, count - read), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                throw new EndOfStreamException($"The RTDE peer closed the connection ({read} of {count} bytes read).");
            }

            read += n;
        }
    }
}
