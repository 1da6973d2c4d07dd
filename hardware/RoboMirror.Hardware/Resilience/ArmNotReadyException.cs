namespace RoboMirror.Hardware.Resilience;

/// <summary>The arm's controller is not in a state that allows motion (powered off, protective stop, …).</summary>
public sealed class ArmNotReadyException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public ArmNotReadyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    public ArmNotReadyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ArmNotReadyException()
        : base("The arm is not ready to move.")
    {
    }
}
