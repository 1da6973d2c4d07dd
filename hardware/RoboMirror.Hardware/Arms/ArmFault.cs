namespace RoboMirror.Hardware.Arms;

/// <summary>A fault an arm reports: what happened, in words that say what to do, and when on the arm's clock.</summary>
/// <param name="Code">The kind of fault.</param>
/// <param name="Message">What happened, where, and what to do.</param>
/// <param name="Time">When, on the arm's clock.</param>
public sealed record ArmFault(FaultCode Code, string Message, TimeSpan Time)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code} at {Time.TotalSeconds:F3} s: {Message}";
}
