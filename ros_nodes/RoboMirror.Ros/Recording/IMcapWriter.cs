using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Qos;

namespace RoboMirror.Ros.Recording;

/// <summary>
/// Writes one MCAP recording in the <c>ros2</c> profile: messages as raw CDR payloads (encapsulation
/// header included, as they come off the wire), schemas as <c>ros2msg</c> text. Chunked, indexed and
/// summarized; each chunk is written through to the operating system as it closes. Thread-safe: calls
/// from several subscription callbacks are serialized. <see cref="IDisposable.Dispose"/> completes the
/// file if <see cref="Complete"/> was not called.
/// </summary>
public interface IMcapWriter : IDisposable
{
    /// <summary>Messages accepted so far.</summary>
    long MessageCount { get; }

    /// <summary>Messages in chunks already written to the file (what a crash now would keep).</summary>
    long WrittenMessageCount { get; }

    /// <summary>Chunks written so far.</summary>
    int ChunkCount { get; }

    /// <summary>
    /// Declares a topic and returns its channel id. The schema (<paramref name="type"/>'s ROS name and
    /// definition) is written once per type. Declaring the same topic and type again returns the same id.
    /// </summary>
    /// <param name="topic">ROS topic name, e.g. <c>/joint_states</c>.</param>
    /// <param name="type">The message type; its <see cref="MessageTypeInfo.Definition"/> must include its dependencies. A
    /// non-empty <see cref="MessageTypeInfo.TypeHash"/> is stored as the channel's <c>topic_type_hash</c> (rosbag2 reads it).</param>
    /// <param name="offeredQos">QoS the publisher offers; stored as rosbag2's <c>offered_qos_profiles</c> YAML.</param>
    ushort AddChannel(string topic, MessageTypeInfo type, QosProfile offeredQos);

    /// <summary>
    /// Appends one message. <paramref name="data"/> is copied before the call returns. Times are
    /// nanoseconds since the Unix epoch (or the recording's clock); the sequence number is counted per channel.
    /// </summary>
    void WriteMessage(ushort channelId, ulong logTime, ulong publishTime, ReadOnlySpan<byte> data);

    /// <summary>Writes a Metadata record (e.g. participant id and condition) at once, outside any chunk.</summary>
    void WriteMetadata(string name, IReadOnlyDictionary<string, string> metadata);

    /// <summary>Writes an Attachment record (e.g. a calibration file) at once, outside any chunk, with its CRC.</summary>
    void WriteAttachment(string name, string mediaType, ulong logTime, ulong createTime, ReadOnlySpan<byte> data);

    /// <summary>Closes the open chunk (if it holds anything) and writes it through to the operating system.</summary>
    void Flush();

    /// <summary>Writes the last chunk, the summary (schemas, channels, statistics, indexes) and the footer.</summary>
    void Complete();
}
