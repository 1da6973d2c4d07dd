using RoboMirror.Launch.Packages;
using RoboMirror.Launch.Resolution;

namespace RoboMirror.Launch.Tests;

/// <summary>A temporary folder to write launch files into, and a resolver with a controlled environment.</summary>
internal sealed class LaunchFixture : IDisposable
{
    public LaunchFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "robomirror-launch-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
            ["HOME"] = Folder,
        };
        Packages = PackageMap.CreateDefault(["robomirror"], Folder, amentPrefixPath: null);
    }

    public string Folder { get; }

    public Dictionary<string, string> Environment { get; }

    public IPackageLookup Packages { get; set; }

    /// <summary>Writes <paramref name="content"/> to <paramref name="name"/> in the folder; returns its path.</summary>
    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Writes a launch file whose body is <paramref name="body"/> inside &lt;launch&gt; and resolves it.</summary>
    public ResolvedLaunch Resolve(string body, params string[] arguments) =>
        ResolveFile(Write("test.launch.xml", $"<launch>\n{body}\n</launch>\n"), arguments);

    public ResolvedLaunch ResolveFile(string path, params string[] arguments) =>
        LaunchInterpreter.Resolve(path, LaunchInterpreter.ParseArguments(arguments), Packages, Environment);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A test process may still hold a file briefly; the temp folder is cleaned by the OS later.
        }
    }
}

/// <summary>The repository's folders, for tests of the shipped launch files and robot descriptions.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string LaunchFolder => Path.Combine(Root, "launch");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "launch", "package.xml")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no launch/package.xml above {AppContext.BaseDirectory}");
    }
}
