namespace RoboMirror.Hardware.Resilience;

/// <summary>Connecting to or configuring an arm failed (after every retry, or with the circuit open). Nothing was left half-configured.</summary>
public sealed class ArmConnectionException : IOException
{
    /// <summary>Creates the exception.</summary>
    public ArmConnectionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    public ArmConnectionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ArmConnectionException()
        : base("Connecting to the arm failed.")
    {
    }
}
