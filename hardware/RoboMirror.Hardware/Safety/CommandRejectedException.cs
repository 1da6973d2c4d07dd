namespace RoboMirror.Hardware.Safety;

/// <summary>A command that would have broken the arm's limits; nothing was sent and nothing moved.</summary>
public sealed class CommandRejectedException : InvalidOperationException
{
    /// <summary>Creates the exception with the verdict and where it applies.</summary>
    public CommandRejectedException(TargetCheck check, string where)
        : base($"Command rejected before sending ({where}): {check}. The arm keeps its previous command.")
    {
        Check = check;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public CommandRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public CommandRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public CommandRejectedException()
        : base("Command rejected before sending.")
    {
    }

    /// <summary>The verdict.</summary>
    public TargetCheck Check { get; }
}
