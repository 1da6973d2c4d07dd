using System.Buffers;
using RoboMirror.Ros.Qos;

namespace RoboMirror.Ros.Transport;

/// <summary>
/// A middleware backend that moves serialized messages (XCDR1 with the encapsulation header) between
/// endpoints: Cyclone DDS or in-process. It knows nothing of message types beyond their names.
/// </summary>
public interface IRosTransport : IDisposable
{
    /// <summary>Short name for logs, e.g. <c>cyclonedds</c> or <c>inprocess</c>.</summary>
    string Name { get; }

    /// <summary>Announces a node (for graph introspection); endpoints are created for a registered node.</summary>
    void RegisterNode(NodeIdentity node);

    /// <summary>Withdraws a node and forgets its endpoints' graph entries.</summary>
    void UnregisterNode(NodeIdentity node);

    ITransportWriter CreateWriter(NodeIdentity node, TopicDescription topic, QosProfile qos);

    ITransportReader CreateReader(NodeIdentity node, TopicDescription topic, QosProfile qos);

    /// <summary>What is visible on the network (or in the process): topics, their types, endpoints, nodes.</summary>
    ITransportGraph Graph { get; }
}

/// <summary>Sends serialized samples on one topic.</summary>
public interface ITransportWriter : IDisposable
{
    /// <summary>Sends one serialized sample (encapsulation header included). Does not keep the span.</summary>
    void Write(ReadOnlySpan<byte> serialized);

    /// <summary>Number of matched readers (for <c>topic pub -w N</c>).</summary>
    int MatchedReaderCount { get; }
}

/// <summary>Receives serialized samples on one topic.</summary>
public interface ITransportReader : IDisposable
{
    /// <summary>
    /// Sets the handler raised, possibly on a transport thread, whenever samples may be waiting. The
    /// handler must only signal (for example wake an executor); callbacks run where the executor spins.
    /// </summary>
    void SetDataAvailableHandler(Action? handler);

    /// <summary>Takes the oldest waiting sample into <paramref name="destination"/>; false when none waits.</summary>
    bool TryTake(IBufferWriter<byte> destination, out SampleInfo info);

    /// <summary>Number of matched writers.</summary>
    int MatchedWriterCount { get; }
}

/// <summary>Metadata of a received sample.</summary>
/// <param name="SourceTimestamp">When the writer wrote it (Unix epoch), as the transport reports it.</param>
/// <param name="PublisherGid">The writing endpoint's global id, when the transport knows it.</param>
public readonly record struct SampleInfo(DateTimeOffset SourceTimestamp, ReadOnlyMemory<byte> PublisherGid);
