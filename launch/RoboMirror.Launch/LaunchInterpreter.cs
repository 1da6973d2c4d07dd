using System.Collections;
using RoboMirror.Launch.Packages;
using RoboMirror.Launch.Parsing;
using RoboMirror.Launch.Resolution;

namespace RoboMirror.Launch;

/// <summary>
/// Reads a ROS 2 XML launch file and resolves it completely (includes, groups, conditions, substitutions, parameter
/// files) into the processes it would start. Any problem throws <see cref="LaunchFileException"/> before anything
/// runs; <see cref="Running.LaunchSupervisor"/> then starts the result.
/// </summary>
public static class LaunchInterpreter
{
    /// <summary>Resolves <paramref name="file"/> with <paramref name="arguments"/> (the <c>name:=value</c> pairs).</summary>
    public static ResolvedLaunch Resolve(string file, IReadOnlyDictionary<string, string> arguments, IPackageLookup packages,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(packages);
        var launchFile = LaunchFileParser.ParseFile(file);
        var resolver = new LaunchResolver(packages, environment ?? CurrentEnvironment(), arguments, new ProcessCommandSubstitutionRunner(TimeSpan.FromSeconds(60)));
        return resolver.Resolve(launchFile);
    }

    /// <summary>Splits <c>name:=value</c> command-line items into launch arguments, as <c>ros2 launch</c> reads them.</summary>
    public static IReadOnlyDictionary<string, string> ParseArguments(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var at = item.IndexOf(":=", StringComparison.Ordinal);
            if (at <= 0)
            {
                throw new ArgumentException($"'{item}' is not a launch argument; expected name:=value", nameof(items));
            }

            arguments[item[..at]] = item[(at + 2)..];
        }

        return arguments;
    }

    private static Dictionary<string, string> CurrentEnvironment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        return environment;
    }
}
