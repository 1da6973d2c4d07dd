using RoboMirror.Launch.Actions;

namespace RoboMirror.Launch.Parsing;

/// <summary>A parsed launch file: its absolute path and its actions in document order.</summary>
internal sealed record LaunchFile(string Path, IReadOnlyList<LaunchAction> Actions)
{
    /// <summary>
    /// The arguments an includer must pass: declared at the top level without a condition or default. ROS 2 checks the
    /// same set before it visits an included file.
    /// </summary>
    public IEnumerable<DeclareArgumentAction> RequiredArguments =>
        Actions.OfType<DeclareArgumentAction>().Where(a => a.Condition is null && a.Default is null);
}
