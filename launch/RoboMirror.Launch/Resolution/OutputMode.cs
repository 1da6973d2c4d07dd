namespace RoboMirror.Launch.Resolution;

/// <summary>Where a process's output goes: the <c>output</c> attribute of ROS 2 launch.</summary>
public enum OutputMode
{
    /// <summary><c>log</c> (the default): stdout to the launch log only, stderr to the screen and the log.</summary>
    Log,

    /// <summary><c>screen</c>: both streams to the screen.</summary>
    Screen,

    /// <summary><c>both</c>: both streams to the screen and the launch log.</summary>
    Both,

    /// <summary><c>own_log</c>: both streams to the log only.</summary>
    OwnLog,

    /// <summary><c>full</c>: both streams to the screen and the log (ROS 2 also writes a per-process log).</summary>
    Full,
}
