using System.Globalization;

namespace RoboMirror.Launch.Resolution;

/// <summary>Writes a resolved launch as text: what <c>robomirror launch --dry-run</c> prints.</summary>
public static class LaunchPlanText
{
    private const int MaxWordLength = 160;

    public static IEnumerable<string> Lines(ResolvedLaunch launch)
    {
        ArgumentNullException.ThrowIfNull(launch);
        yield return $"launch file: {launch.File}";
        if (launch.Arguments.Count > 0)
        {
            yield return "arguments:";
            foreach (var argument in launch.Arguments)
            {
                var description = argument.Description is null ? string.Empty : $"  ({argument.Description})";
                yield return $"  {argument.Name} = {argument.Value}{description}";
            }
        }

        foreach (var message in launch.Messages)
        {
            yield return $"log: {message}";
        }

        yield return $"processes ({launch.Processes.Count}):";
        foreach (var plan in launch.Processes)
        {
            foreach (var line in Describe(plan))
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<string> Describe(ProcessPlan plan)
    {
        var what = plan.Node is { } node
            ? $"node {(node.Package is null ? string.Empty : node.Package + "/")}{node.Executable}"
              + (node.Name is null ? string.Empty : $" name={node.Name}") + (node.Namespace is null ? string.Empty : $" namespace={node.Namespace}")
            : "executable";
        yield return $"  [{plan.Label}] {what}";
        if (plan.Problem is not null)
        {
            yield return $"    not runnable here: {plan.Problem}";
            if (plan.Node is { } unmapped)
            {
                yield return $"    ROS arguments: {Join(unmapped.Arguments)}";
            }
        }
        else
        {
            var command = Join(plan.Command);
            yield return plan.Shell ? $"    command (sh -c): {command}" : $"    command: {command}";
        }

        if (plan.WorkingDirectory is not null)
        {
            yield return $"    cwd: {plan.WorkingDirectory}";
        }

        if (plan.EnvironmentChanges.Count > 0)
        {
            yield return "    environment: " + string.Join(", ", plan.EnvironmentChanges.OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => c.Value is null ? $"unset {c.Key}" : $"{c.Key}={c.Value}"));
        }

        var supervision = new List<string> { $"output={Parsing.OutputModes.Name(plan.Output)}" };
        if (plan.Respawn)
        {
            supervision.Add($"respawn after {Seconds(plan.RespawnDelay)} s" + (plan.RespawnMaxRetries >= 0 ? $" at most {plan.RespawnMaxRetries} times" : string.Empty));
        }

        if (plan.ShutdownOnExit)
        {
            supervision.Add("on_exit=shutdown");
        }

        supervision.Add($"SIGTERM after {Seconds(plan.SigtermTimeout)} s, SIGKILL {Seconds(plan.SigkillTimeout)} s later");
        yield return "    " + string.Join("; ", supervision);
        yield return $"    from {plan.Location}";
    }

    // Long values (a robot description passed as a parameter) are cut so that the plan stays readable.
    private static string Join(IEnumerable<string> words) => string.Join(' ', words.Select(word =>
    {
        var quoted = ShellWords.Quote(word);
        return quoted.Length <= MaxWordLength
            ? quoted
            : string.Create(CultureInfo.InvariantCulture, $"{quoted[..(MaxWordLength - 20)]}…[{word.Length} characters]");
    }));

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
