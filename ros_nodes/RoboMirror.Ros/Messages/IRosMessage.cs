using RoboMirror.Ros.Serialization;

namespace RoboMirror.Ros.Messages;

/// <summary>
/// A ROS 2 message type generated from a <c>.msg</c> file. Static members give its names and codec, so no
/// reflection is needed at run time. Serialized form: XCDR1 little-endian with the 4-byte encapsulation
/// header, exactly as rmw_cyclonedds puts it on the wire.
/// </summary>
public interface IRosMessage<TSelf>
    where TSelf : IRosMessage<TSelf>
{
    /// <summary>Names and definition of the type.</summary>
    static abstract MessageTypeInfo TypeInfo { get; }

    /// <summary>Writes the fields (not the encapsulation header) at the writer's position.</summary>
    void Serialize(ref CdrWriter writer);

    /// <summary>Reads the fields (not the encapsulation header); throws <see cref="CdrFormatException"/> on bad input.</summary>
    static abstract TSelf Deserialize(ref CdrReader reader);
}
