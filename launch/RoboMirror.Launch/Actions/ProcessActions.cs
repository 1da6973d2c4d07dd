using RoboMirror.Launch.Substitutions;

namespace RoboMirror.Launch.Actions;

/// <summary>The attributes <c>&lt;executable&gt;</c> and <c>&lt;node&gt;</c> share (ROS 2's <c>ExecuteProcess</c>).</summary>
internal sealed record ProcessOptions(
    Template? WorkingDirectory,
    Template? Label,
    Template? LaunchPrefix,
    Template? Output,
    Template? Respawn,
    double? RespawnDelay,
    int? RespawnMaxRetries,
    double? SigtermTimeout,
    double? SigkillTimeout,
    bool Shell,
    bool EmulateTty,
    bool ShutdownOnExit,
    IReadOnlyList<NameValue> Environment);

/// <summary><c>&lt;executable cmd&gt;</c>: any command.</summary>
internal sealed record ExecutableAction(
    SourceLocation Location, ActionCondition? Condition, Template Command, ProcessOptions Options)
    : LaunchAction(Location, Condition);

/// <summary><c>&lt;node pkg exec name namespace args ros_args&gt;</c> with <c>param</c> and <c>remap</c> children.</summary>
internal sealed record NodeAction(
    SourceLocation Location,
    ActionCondition? Condition,
    Template? Package,
    Template Executable,
    Template? Name,
    Template? Namespace,
    Template? Arguments,
    Template? RosArguments,
    IReadOnlyList<NodeParameter> Parameters,
    IReadOnlyList<NameValue> Remappings,
    ProcessOptions Options) : LaunchAction(Location, Condition);

/// <summary>A node's <c>&lt;param&gt;</c>: a file (<c>from</c>) or a value (possibly nested <c>param</c>s).</summary>
internal abstract record NodeParameter(SourceLocation Location);

/// <summary><c>&lt;param from="file.yaml"/&gt;</c>, passed as <c>--params-file</c>.</summary>
internal sealed record ParameterFile(SourceLocation Location, Template Path) : NodeParameter(Location);

/// <summary>
/// <c>&lt;param name value [type] [value-sep]/&gt;</c>, passed as <c>-p name:=value</c>; nested parameters have their
/// parents' names joined with dots.
/// </summary>
internal sealed record ParameterValue(
    SourceLocation Location, IReadOnlyList<Template> NamePath, Template Value, string? Type, string? Separator)
    : NodeParameter(Location);
