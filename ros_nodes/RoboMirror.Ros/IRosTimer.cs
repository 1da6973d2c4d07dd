namespace RoboMirror.Ros;

/// <summary>
/// Calls back every <see cref="Period"/> of the node's clock (ROS time when <c>use_sim_time</c> is true),
/// on the thread that spins the node. A callback that is late runs once, not once per missed period.
/// </summary>
public interface IRosTimer : IDisposable
{
    TimeSpan Period { get; }

    /// <summary>True after <see cref="Cancel"/> until <see cref="Reset"/>.</summary>
    bool IsCanceled { get; }

    /// <summary>Stops calling back; a callback already due still runs only if the executor took it before.</summary>
    void Cancel();

    /// <summary>Restarts the period from now (and resumes a cancelled timer).</summary>
    void Reset();
}
