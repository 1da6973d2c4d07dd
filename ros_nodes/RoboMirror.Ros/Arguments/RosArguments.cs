using RoboMirror.Ros.Parameters;

namespace RoboMirror.Ros.Arguments;

/// <summary>
/// What the <c>--ros-args</c> part of a command line says: remapping rules, parameter overrides (from
/// <c>--params-file</c> files first, in order, then from <c>-p</c>, in order; later ones win), the log
/// level, the security enclave, and the arguments that are not ROS arguments.
/// </summary>
public sealed class RosArguments
{
    internal RosArguments(
        IReadOnlyList<RemapRule> remaps,
        IReadOnlyList<ParameterOverride> parameterOverrides,
        IReadOnlyList<string> parameterFiles,
        string? logLevel,
        string? enclave,
        IReadOnlyList<string> nonRosArguments)
    {
        Remaps = remaps;
        ParameterOverrides = parameterOverrides;
        ParameterFiles = parameterFiles;
        LogLevel = logLevel;
        Enclave = enclave;
        NonRosArguments = nonRosArguments;
    }

    /// <summary>No ROS arguments at all.</summary>
    public static RosArguments Empty { get; } = new([], [], [], null, null, []);

    /// <summary>Remapping rules in command-line order; for each name the first rule that matches wins.</summary>
    public IReadOnlyList<RemapRule> Remaps { get; }

    /// <summary>Parameter overrides in precedence order (a later one overrides an earlier one for the same node and name).</summary>
    public IReadOnlyList<ParameterOverride> ParameterOverrides { get; }

    /// <summary>The <c>--params-file</c> paths, in order.</summary>
    public IReadOnlyList<string> ParameterFiles { get; }

    /// <summary>The <c>--log-level</c> value, when given.</summary>
    public string? LogLevel { get; }

    /// <summary>The <c>--enclave</c> value, when given.</summary>
    public string? Enclave { get; }

    /// <summary>The arguments outside <c>--ros-args … [--]</c>, for the program itself.</summary>
    public IReadOnlyList<string> NonRosArguments { get; }

    /// <summary>Parses a command line; throws <see cref="RosException"/> naming the bad argument.</summary>
    public static RosArguments Parse(IReadOnlyList<string> args) => RosArgumentsParser.Parse(args);
}
