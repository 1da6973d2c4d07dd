namespace RoboMirror.Hardware.UniversalRobots.Rtde;

/// <summary>The RTDE peer sent something the protocol does not allow (or refused a request).</summary>
public sealed class RtdeProtocolException : IOException
{
    /// <summary>Creates the exception.</summary>
    public RtdeProtocolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    public RtdeProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public RtdeProtocolException()
        : base("The RTDE peer broke the protocol.")
    {
    }
}
