using System.Xml.Linq;
using RoboMirror.Launch.Packages;
using RoboMirror.Launch.Resolution;

namespace RoboMirror.Launch.Tests.Descriptions;

/// <summary>The launch files and package manifest shipped in launch/, resolved as robomirror launch --dry-run does.</summary>
public sealed class ShippedLaunchFilesTests
{
    private static ResolvedLaunch ResolveGazebo(params string[] arguments) =>
        LaunchInterpreter.Resolve(
            Path.Combine(Repository.LaunchFolder, "gazebo.launch.xml"),
            LaunchInterpreter.ParseArguments(arguments),
            PackageMap.CreateDefault(["robomirror"], Repository.LaunchFolder, amentPrefixPath: null),
            new Dictionary<string, string> { ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin" });

    [Theory]
    [InlineData("ur5e")]
    [InlineData("fr3")]
    public void GazeboLaunch_ResolvesFullyWithForeignNodesMarkedForRos2Launch(string robot)
    {
        var launch = ResolveGazebo($"robot:={robot}");

        Assert.Equal(["gz_sim-1", "robot_state_publisher-2", "create-3", "parameter_bridge-4", "spawner-5", "spawner-6"], launch.Processes.Select(p => p.Label));
        Assert.Equal(["gz", "sim", "-r", "-v", "3", Path.Combine(Repository.LaunchFolder, "worlds", "turn_taking.sdf")], launch.Processes[0].Command);
        Assert.All(launch.Processes.Skip(1), p => Assert.Contains("ros2 launch", p.Problem, StringComparison.Ordinal));
        Assert.Equal(["-topic", "robot_description", "-name", robot, "-z", "0.75", "--ros-args"], launch.Processes[2].Node!.Arguments);
    }

    [Theory]
    [InlineData("ur5e")]
    [InlineData("fr3")]
    public void GazeboLaunch_RobotDescription_IsTheUrdfWithTheControllersPathFilledIn(string robot)
    {
        var launch = ResolveGazebo($"robot:={robot}");

        var description = launch.Processes[1].Node!.Arguments.Single(a => a.StartsWith("robot_description:=", StringComparison.Ordinal));
        var controllers = Path.Combine(Repository.LaunchFolder, "config", $"{robot}_controllers.yaml");
        Assert.Contains($"<parameters>{controllers}</parameters>", description, StringComparison.Ordinal);
        Assert.DoesNotContain("@CONTROLLERS_YAML@", description, StringComparison.Ordinal);
        Assert.Contains($"<robot name=\\\"{robot}\\\">", description, StringComparison.Ordinal);
    }

    [Fact]
    public void GazeboLaunch_Headless_RunsTheServerOnly()
    {
        var launch = ResolveGazebo("gui:=false");

        Assert.Contains("-s", launch.Processes[0].Command);
    }

    [Fact]
    public void GazeboLaunch_UnknownRobot_IsRejectedWithTheChoices()
    {
        var error = Assert.Throws<LaunchFileException>(() => ResolveGazebo("robot:=kinova"));

        Assert.Equal("one of: ur5e, fr3", error.Expected);
    }

    [Fact]
    public void PackageManifest_NamesTheRobomirrorPackageBuiltWithAmentCmake()
    {
        var manifest = XDocument.Load(Path.Combine(Repository.LaunchFolder, "package.xml")).Root!;
        var cmake = File.ReadAllText(Path.Combine(Repository.LaunchFolder, "CMakeLists.txt"));

        Assert.Equal("3", (string)manifest.Attribute("format")!);
        Assert.Equal("robomirror", manifest.Element("name")!.Value);
        Assert.Equal("ament_cmake", manifest.Element("export")!.Element("build_type")!.Value);
        Assert.Contains("project(robomirror", cmake, StringComparison.Ordinal);
        Assert.Contains("install(DIRECTORY config urdf worlds DESTINATION share/${PROJECT_NAME})", cmake, StringComparison.Ordinal);
        Assert.Contains("ament_package()", cmake, StringComparison.Ordinal);
        foreach (var dependency in new[] { "robot_state_publisher", "ros_gz_sim", "ros_gz_bridge", "controller_manager", "gz_ros2_control" })
        {
            Assert.Contains(dependency, manifest.Elements("exec_depend").Select(d => d.Value));
        }
    }
}
