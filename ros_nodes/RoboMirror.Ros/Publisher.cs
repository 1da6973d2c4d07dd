using RoboMirror.Ros.Execution;
using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Serialization;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros;

/// <summary>Serializes typed messages with their static codec (no reflection) and writes them to the transport.</summary>
internal sealed class Publisher<T>(ITransportWriter writer, string topic, QosProfile qos, Action<IDisposable> onDispose) : IPublisher<T>
    where T : IRosMessage<T>
{
    private int _disposed;

    public string Topic => topic;

    public QosProfile Qos => qos;

    public int MatchedSubscriptionCount => writer.MatchedReaderCount;

    public void Publish(T message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Volatile.Read(ref _disposed) != 0)
        {
            throw new RosException(RosErrorCode.Disposed, $"The publisher on '{topic}' was disposed; create a new one to publish again.");
        }

        var buffer = SerializationBuffer.Rent();
        try
        {
            RosSerializer.Serialize(message, buffer);
            writer.Write(buffer.WrittenSpan);
        }
        finally
        {
            SerializationBuffer.Return(buffer);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            writer.Dispose();
            onDispose(this);
        }
    }
}
