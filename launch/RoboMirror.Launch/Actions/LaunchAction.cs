using RoboMirror.Launch.Substitutions;

namespace RoboMirror.Launch.Actions;

/// <summary>
/// One tag of a launch file after parsing and before resolution. Values stay templates: they are evaluated in the
/// order and scope ROS 2 evaluates them, when the resolver visits the action.
/// </summary>
internal abstract record LaunchAction(SourceLocation Location, ActionCondition? Condition);

/// <summary>An <c>if</c> or <c>unless</c> attribute: the action is visited only when the expression is true (false).</summary>
internal sealed record ActionCondition(Template Expression, bool Negated);

/// <summary><c>&lt;arg name default description&gt;</c> with optional <c>&lt;choice value&gt;</c> children.</summary>
internal sealed record DeclareArgumentAction(
    SourceLocation Location, ActionCondition? Condition, string Name, Template? Default, string? Description,
    IReadOnlyList<string>? Choices) : LaunchAction(Location, Condition);

/// <summary><c>&lt;let name value&gt;</c>: sets a launch configuration.</summary>
internal sealed record SetConfigurationAction(SourceLocation Location, ActionCondition? Condition, Template Name, Template Value)
    : LaunchAction(Location, Condition);

/// <summary><c>&lt;set_env name value&gt;</c>.</summary>
internal sealed record SetEnvironmentAction(SourceLocation Location, ActionCondition? Condition, Template Name, Template Value)
    : LaunchAction(Location, Condition);

/// <summary><c>&lt;unset_env name&gt;</c>.</summary>
internal sealed record UnsetEnvironmentAction(SourceLocation Location, ActionCondition? Condition, Template Name)
    : LaunchAction(Location, Condition);

/// <summary><c>&lt;push-ros-namespace namespace&gt;</c> (also spelt <c>push_ros_namespace</c>).</summary>
internal sealed record PushNamespaceAction(SourceLocation Location, ActionCondition? Condition, Template Namespace)
    : LaunchAction(Location, Condition);

/// <summary><c>&lt;log message [level]&gt;</c>: a line printed when the launch starts.</summary>
internal sealed record LogAction(SourceLocation Location, ActionCondition? Condition, Template Message, Template? Level)
    : LaunchAction(Location, Condition);

/// <summary><c>&lt;group scoped forwarding&gt;</c> with optional <c>&lt;keep name value&gt;</c> children.</summary>
internal sealed record GroupAction(
    SourceLocation Location, ActionCondition? Condition, bool Scoped, bool Forwarding,
    IReadOnlyList<NameValue> Keep, IReadOnlyList<LaunchAction> Actions) : LaunchAction(Location, Condition);

/// <summary><c>&lt;include file&gt;</c> with <c>&lt;arg name value&gt;</c> children.</summary>
internal sealed record IncludeAction(
    SourceLocation Location, ActionCondition? Condition, Template File, IReadOnlyList<NameValue> Arguments)
    : LaunchAction(Location, Condition);

/// <summary>A name and a value, both templates (include arguments, group keeps, process environment).</summary>
internal sealed record NameValue(Template Name, Template Value);
