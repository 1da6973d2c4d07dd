namespace RoboMirror.Ros;

/// <summary>
/// An error of the ROS 2 client, with a <see cref="RosErrorCode"/>. The message names what failed, where,
/// and what to do about it.
/// </summary>
public sealed class RosException : Exception
{
    public RosException(RosErrorCode code, string message)
        : base(message)
    {
        Code = code;
    }

    public RosException(RosErrorCode code, string message, Exception innerException)
        : base(message, innerException)
    {
        Code = code;
    }

    public RosException()
    {
    }

    public RosException(string message)
        : base(message)
    {
    }

    public RosException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>What kind of error this is.</summary>
    public RosErrorCode Code { get; }
}
