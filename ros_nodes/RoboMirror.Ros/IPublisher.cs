using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Qos;

namespace RoboMirror.Ros;

/// <summary>Publishes messages of type <typeparamref name="T"/> on one topic. Thread-safe.</summary>
public interface IPublisher<in T> : IDisposable
    where T : IRosMessage<T>
{
    /// <summary>The fully qualified topic, after remapping.</summary>
    string Topic { get; }

    /// <summary>The QoS the publisher offers.</summary>
    QosProfile Qos { get; }

    /// <summary>Number of subscriptions that match this publisher (same type, compatible QoS).</summary>
    int MatchedSubscriptionCount { get; }

    /// <summary>Serializes into a reused per-thread buffer and hands the bytes to the transport.</summary>
    void Publish(T message);
}
