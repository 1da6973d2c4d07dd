using RoboMirror.Launch.Packages;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// Builds the package map <c>robomirror launch</c> uses: <c>robomirror</c> run by this very command
/// (<c>robomirror node X</c>), its share folder being the repository's <c>launch/</c> folder, plus a sourced ROS 2
/// installation's packages and any <c>--package-map</c> file.
/// </summary>
internal static class LaunchPackages
{
    public static PackageMap Create(string? packageMapFile)
    {
        var map = PackageMap.CreateDefault(SelfCommand(), FindShare(), Environment.GetEnvironmentVariable("AMENT_PREFIX_PATH"));
        return packageMapFile is null ? map : map.WithFile(packageMapFile);
    }

    /// <summary>The command line that runs this program: the apphost, or <c>dotnet robomirror.dll</c>.</summary>
    internal static IReadOnlyList<string> SelfCommand()
    {
        var host = Environment.ProcessPath ?? "robomirror";
        var assembly = typeof(LaunchPackages).Assembly.Location;
        return Path.GetFileNameWithoutExtension(host) == "dotnet" && assembly.Length > 0 ? [host, assembly] : [host];
    }

    /// <summary>
    /// The launch/ folder of the clone this command was built from (<c>$ROBOMIRROR_HOME/launch</c>, or the first
    /// folder above the program holding <c>launch/package.xml</c>), or null.
    /// </summary>
    internal static string? FindShare()
    {
        if (Environment.GetEnvironmentVariable("ROBOMIRROR_HOME") is { Length: > 0 } home && File.Exists(Path.Combine(home, "launch", "package.xml")))
        {
            return Path.Combine(home, "launch");
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "launch", "package.xml")))
            {
                return Path.Combine(directory.FullName, "launch");
            }
        }

        return null;
    }
}
