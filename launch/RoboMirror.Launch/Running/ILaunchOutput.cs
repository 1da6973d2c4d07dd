namespace RoboMirror.Launch.Running;

/// <summary>Where a running launch writes: the terminal and the launch log. Calls arrive one at a time.</summary>
public interface ILaunchOutput
{
    /// <summary>A line for the terminal.</summary>
    void WriteScreen(string line);

    /// <summary>A line for the launch log (ros2 launch's <c>launch.log</c>).</summary>
    void WriteLog(string line);
}
