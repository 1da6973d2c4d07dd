using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Qos;

namespace RoboMirror.Ros;

/// <summary>
/// Receives messages of type <typeparamref name="T"/> from one topic. A subscription made with a callback
/// delivers through the executor that spins its node; one made without a callback is read with
/// <c>await foreach</c> (no executor needed). Samples that cannot be decoded are dropped, counted in
/// <see cref="DroppedCount"/> and logged (throttled); they never throw into the caller.
/// Disposing it stops delivery and ends any <c>await foreach</c>.
/// </summary>
public interface ISubscription<T> : IDisposable, IAsyncEnumerable<T>
    where T : IRosMessage<T>
{
    /// <summary>The fully qualified topic, after remapping.</summary>
    string Topic { get; }

    /// <summary>The QoS the subscription requests.</summary>
    QosProfile Qos { get; }

    /// <summary>Number of publishers that match this subscription (same type, compatible QoS).</summary>
    int MatchedPublisherCount { get; }

    /// <summary>Messages decoded and delivered so far.</summary>
    long ReceivedCount { get; }

    /// <summary>Samples dropped because they could not be decoded.</summary>
    long DroppedCount { get; }
}
