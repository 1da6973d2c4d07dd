namespace RoboMirror.Ros;

/// <summary>
/// Entry point, shaped like ros2_dotnet's <c>RCLdotnet</c>:
/// <code>
/// using var ros = Ros2.Init(new RosContextOptions { Arguments = args });
/// using var node = ros.CreateNode("talker");
/// var publisher = node.CreatePublisher&lt;String&gt;("chatter");
/// </code>
/// </summary>
public static class Ros2
{
    /// <summary>Creates a context; throws <see cref="RosException"/> for bad arguments or a transport that cannot start.</summary>
    public static IRosContext Init(RosContextOptions? options = null) => new RosContext(options ?? new RosContextOptions());

    /// <summary>Creates an in-process context with the process's command line <paramref name="args"/>.</summary>
    public static IRosContext Init(IReadOnlyList<string> args) => Init(new RosContextOptions { Arguments = args });
}
