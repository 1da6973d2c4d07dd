namespace RoboMirror.Hardware.Arms;

/// <summary>The kind of fault an arm reports.</summary>
public enum FaultCode
{
    /// <summary>No fresh streamed command arrived within the watchdog period; the arm held (controlled stop).</summary>
    WatchdogExpired,

    /// <summary>Connecting or configuring failed after every retry.</summary>
    ConnectionFailed,

    /// <summary>The connection dropped or went silent while running.</summary>
    ConnectionLost,

    /// <summary>The peer broke the protocol (garbage bytes, unexpected package).</summary>
    ProtocolViolation,

    /// <summary>Too many failed exchanges: the circuit breaker opened.</summary>
    CircuitOpen,

    /// <summary>The robot controller left normal operation (protective stop, emergency stop, fault).</summary>
    RobotNotReady,
}
