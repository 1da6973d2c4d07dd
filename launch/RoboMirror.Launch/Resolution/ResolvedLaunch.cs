namespace RoboMirror.Launch.Resolution;

/// <summary>A declared launch argument with the value it got.</summary>
public sealed record LaunchArgument(string Name, string Value, string? Description, IReadOnlyList<string>? Choices);

/// <summary>
/// A launch file after every tag was visited and every substitution evaluated: the processes to start, in order, and
/// what the file declared. Nothing has started when this exists.
/// </summary>
public sealed record ResolvedLaunch(
    string File,
    IReadOnlyList<ProcessPlan> Processes,
    IReadOnlyList<LaunchArgument> Arguments,
    IReadOnlyList<string> Messages)
{
    /// <summary>The processes that cannot run here, each with its <see cref="ProcessPlan.Problem"/>.</summary>
    public IEnumerable<ProcessPlan> Unrunnable => Processes.Where(p => p.Problem is not null);
}
