namespace RoboMirror.Models.Training.Tests;

/// <summary>Folders of the source tree, found by walking up from the test binaries to RoboMirror.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "RoboMirror.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException($"No RoboMirror.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>The ONNX fixtures that RoboMirror.Models.Tests (which must not load libtorch) reads.</summary>
    public static string RuntimeFixtures => Path.Combine(Root, "tests", "RoboMirror.Models.Tests", "Fixtures");
}
