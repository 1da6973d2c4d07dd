namespace RoboMirror.Launch.Resolution;

/// <summary>
/// What ROS 2 calls the launch context while the description is visited: launch configurations (arguments,
/// <c>let</c>s, the pushed ROS namespace as <c>ros_namespace</c>) and the environment, each with a stack that
/// scoped groups push and pop.
/// </summary>
internal sealed class LaunchScope
{
    /// <summary>The configuration that <c>push-ros-namespace</c> sets and nodes read, named as in launch_ros.</summary>
    public const string RosNamespaceKey = "ros_namespace";

    private readonly Stack<(Dictionary<string, string> Configurations, Dictionary<string, string> Environment)> _saved = new();
    private readonly IReadOnlyDictionary<string, string> _initialEnvironment;

    public LaunchScope(IReadOnlyDictionary<string, string> environment, IReadOnlyDictionary<string, string> arguments)
    {
        _initialEnvironment = environment;
        Environment = new Dictionary<string, string>(environment, StringComparer.Ordinal);
        Configurations = new Dictionary<string, string>(arguments, StringComparer.Ordinal);
    }

    public Dictionary<string, string> Configurations { get; private set; }

    public Dictionary<string, string> Environment { get; private set; }

    /// <summary>The environment the launch started with; <c>ResetEnvironment</c> goes back to it.</summary>
    public IReadOnlyDictionary<string, string> InitialEnvironment => _initialEnvironment;

    /// <summary>Enters a scoped group: forwarding keeps what is set, otherwise both start empty (environment: initial).</summary>
    public void Push(bool forwarding)
    {
        _saved.Push((Configurations, Environment));
        Configurations = forwarding ? new Dictionary<string, string>(Configurations, StringComparer.Ordinal) : new Dictionary<string, string>(StringComparer.Ordinal);
        Environment = new Dictionary<string, string>(forwarding ? Environment : _initialEnvironment, StringComparer.Ordinal);
    }

    public void Pop() => (Configurations, Environment) = _saved.Pop();
}
