namespace RoboMirror.Ros.Serialization;

/// <summary>A serialized message that cannot be decoded: says what was expected and at which byte offset.</summary>
public sealed class CdrFormatException : FormatException
{
    public CdrFormatException(string message, int offset)
        : base($"{message} (at byte {offset})")
    {
        Offset = offset;
    }

    public CdrFormatException()
    {
    }

    public CdrFormatException(string message)
        : base(message)
    {
    }

    public CdrFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Byte offset in the payload (encapsulation header included) where decoding failed.</summary>
    public int Offset { get; }
}
