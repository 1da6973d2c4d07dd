namespace RoboMirror.Nodes.Tests.Nodes;

/// <summary>Files of the repository the tests use.</summary>
internal static class TestPaths
{
    /// <summary>The repository root: ROBOMIRROR_TEST_ROOT (set by test.sh) or the folder above the test binaries that holds RoboMirror.sln.</summary>
    public static string RepositoryRoot { get; } = Find();

    /// <summary>The models engineer's tiny observation model (random weights, the real contract).</summary>
    public static string TinyObservationModel => Path.Combine(RepositoryRoot, "tests", "RoboMirror.Models.Tests", "Fixtures", "tiny-observation.onnx");

    /// <summary>The models engineer's tiny execution model (random weights, the real contract).</summary>
    public static string TinyExecutionModel => Path.Combine(RepositoryRoot, "tests", "RoboMirror.Models.Tests", "Fixtures", "tiny-execution.onnx");

    /// <summary>Cyclone DDS pinned to loopback.</summary>
    public static string LoopbackDdsConfiguration => "file://" + Path.Combine(RepositoryRoot, "tests", "config", "cyclonedds-loopback.xml");

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("ROBOMIRROR_TEST_ROOT") is { Length: > 0 } root && File.Exists(Path.Combine(root, "RoboMirror.sln")))
        {
            return root;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RoboMirror.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds RoboMirror.sln; set ROBOMIRROR_TEST_ROOT.");
    }
}
