namespace RoboMirror.Hardware.Arms;

/// <summary>What an active arm is doing with its commands.</summary>
public enum MotionMode
{
    /// <summary>Holding its position (after activation, a finished trajectory, or a controlled stop).</summary>
    Holding,

    /// <summary>Following a trajectory.</summary>
    Trajectory,

    /// <summary>Servoing to streamed targets.</summary>
    Streaming,

    /// <summary>Decelerating to a halt (controlled stop, brakes stay off).</summary>
    Stopping,

    /// <summary>Not commanded (inactive, stopped immediately or faulted).</summary>
    Off,
}
