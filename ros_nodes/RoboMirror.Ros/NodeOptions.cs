using RoboMirror.Ros.Parameters;

namespace RoboMirror.Ros;

/// <summary>Per-node options, like rclcpp's <c>NodeOptions</c>.</summary>
public sealed record NodeOptions
{
    /// <summary>Defaults: the context's arguments apply, no node-local arguments or overrides.</summary>
    public static NodeOptions Default { get; } = new();

    /// <summary>
    /// Command-line arguments for this node alone (e.g. <c>["--ros-args", "-r", "chatter:=/x"]</c>); they
    /// take precedence over the context's arguments. Used to start several nodes in one process.
    /// </summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Whether the context's (process-wide) arguments apply to this node too. Default: true.</summary>
    public bool UseGlobalArguments { get; init; } = true;

    /// <summary>Parameter values that take precedence over every file and argument.</summary>
    public IReadOnlyDictionary<string, ParameterValue> ParameterOverrides { get; init; } = new Dictionary<string, ParameterValue>();
}
