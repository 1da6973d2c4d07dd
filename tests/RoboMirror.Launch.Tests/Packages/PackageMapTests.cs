using RoboMirror.Launch.Packages;

namespace RoboMirror.Launch.Tests.Packages;

public sealed class PackageMapTests : IDisposable
{
    private readonly LaunchFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void FindExecutable_Robomirror_RunsTheSelfCommandWithNodeVerb()
    {
        var map = PackageMap.CreateDefault(["/usr/bin/dotnet", "/opt/robomirror/robomirror.dll"], "/repo/launch", amentPrefixPath: null);

        var lookup = map.FindExecutable("robomirror", "turn_controller");

        Assert.Equal(["/usr/bin/dotnet", "/opt/robomirror/robomirror.dll", "node", "turn_controller"], lookup.Command);
        Assert.Equal("/repo/launch", map.FindShare("robomirror"));
    }

    [Fact]
    public void FindShare_PackageInAmentIndex_IsFoundUnderItsPrefix()
    {
        var prefix = Path.Combine(_fixture.Folder, "opt", "ros", "jazzy");
        _fixture.Write("opt/ros/jazzy/share/ament_index/resource_index/packages/robot_state_publisher", string.Empty);
        var executable = _fixture.Write("opt/ros/jazzy/lib/robot_state_publisher/robot_state_publisher", "#!/bin/sh\n");
        var map = PackageMap.CreateDefault(["robomirror"], null, $"/nonexistent:{prefix}");

        Assert.Equal(Path.Combine(prefix, "share", "robot_state_publisher"), map.FindShare("robot_state_publisher"));
        Assert.Equal(prefix, map.FindPrefix("robot_state_publisher"));
        Assert.Equal([executable], map.FindExecutable("robot_state_publisher", "robot_state_publisher").Command);
        Assert.Contains("has no executable 'missing'", map.FindExecutable("robot_state_publisher", "missing").Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FindExecutable_UnknownPackage_SaysHowToMapIt()
    {
        var map = PackageMap.CreateDefault(["robomirror"], null, amentPrefixPath: null);

        var lookup = map.FindExecutable("ros_gz_bridge", "parameter_bridge");

        Assert.Null(lookup.Command);
        Assert.Contains("'ros_gz_bridge' is not known here", lookup.Problem, StringComparison.Ordinal);
        Assert.Contains("--package-map", lookup.Problem, StringComparison.Ordinal);
        Assert.Null(map.FindShare("ros_gz_bridge"));
    }

    [Fact]
    public void WithFile_MapsExecutablesAndShareRelativeToTheFile()
    {
        var file = _fixture.Write("maps/packages.yaml", """
            demo_nodes_py:
              share: ../demo_share
              executables:
                talker: [python3, "{exec}.py", --fast]
            robomirror:
              executables:
                "*": ["{robomirror}", node, "{exec}", --in-lab]
            """);
        var map = PackageMap.CreateDefault(["rm"], "/repo/launch", amentPrefixPath: null).WithFile(file);

        Assert.Equal(["python3", "talker.py", "--fast"], map.FindExecutable("demo_nodes_py", "talker").Command);
        Assert.Contains("has no executable 'listener'", map.FindExecutable("demo_nodes_py", "listener").Problem, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(_fixture.Folder, "demo_share"), map.FindShare("demo_nodes_py"));
        Assert.Equal(["rm", "node", "x", "--in-lab"], map.FindExecutable("robomirror", "x").Command);
    }

    [Theory]
    [InlineData("pkg: [a, b]\n", "{share, executables}")]
    [InlineData("pkg:\n  executables:\n    talker: python3\n", "a command line as a list")]
    [InlineData("pkg:\n  exes: {}\n", "share or executables")]
    [InlineData("pkg: {executables: {talker: [a, b}\n", "a YAML mapping")]
    public void WithFile_InvalidFile_ThrowsWithLocation(string yaml, string expected)
    {
        var file = _fixture.Write("bad.yaml", yaml);

        var error = Assert.Throws<LaunchFileException>(() => PackageMap.CreateDefault(["rm"], null, null).WithFile(file));

        Assert.Equal(file, error.Location.File);
        Assert.Contains(expected, error.Expected, StringComparison.Ordinal);
    }
}
