namespace RoboMirror.Hardware.Arms;

/// <summary>How to stop an arm.</summary>
public enum StopMode
{
    /// <summary>
    /// Decelerate within the acceleration limits and hold position with power on and brakes off (IEC 60204-1
    /// stop category 2). The arm stays active; the next command takes over.
    /// </summary>
    Controlled,

    /// <summary>
    /// Halt as fast as the arm can and stop commanding it: the arm becomes inactive and must be activated
    /// again (on a UR: <c>stopj</c> with the largest deceleration, then the program ends).
    /// </summary>
    Immediate,
}
