using Spectre.Console.Testing;

namespace RoboMirror.Nodes.Tests.Commands;

public sealed class LaunchCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "robomirror-launch-command-tests", Guid.NewGuid().ToString("N"));

    public LaunchCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int ExitCode, string Output) Run(params string[] args)
    {
        using var console = new TestConsole().Width(400);
        var exitCode = CommandLine.Build(console).Run(args);
        return (exitCode, console.Output);
    }

    private string Write(string body)
    {
        var path = Path.Combine(_folder, "test.launch.xml");
        File.WriteAllText(path, $"<launch>\n{body}\n</launch>\n");
        return path;
    }

    [Fact]
    public void Help_ListsLaunchWithItsExamples()
    {
        var (exitCode, output) = Run("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("launch", output, StringComparison.Ordinal);
        Assert.Contains("robomirror launch launch/gazebo.launch.xml --dry-run robot:=fr3", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DryRun_PrintsEachProcessWithItsCommandAndStartsNothing()
    {
        var marker = Path.Combine(_folder, "started");
        var file = Write($"<arg name=\"who\" default=\"world\"/><executable cmd=\"touch {marker}\"/><node pkg=\"robomirror\" exec=\"turn_controller\" name=\"turns\"/>");

        var (exitCode, output) = Run("launch", file, "--dry-run", "who:=lab");

        Assert.Equal(0, exitCode);
        Assert.Contains("who = lab", output, StringComparison.Ordinal);
        Assert.Contains($"[touch-1] executable", output, StringComparison.Ordinal);
        Assert.Contains($"command: touch {marker}", output, StringComparison.Ordinal);
        Assert.Contains("node turn_controller --ros-args -r __node:=turns", output, StringComparison.Ordinal);
        Assert.False(File.Exists(marker));
    }

    [Fact]
    public void ShowArgs_ListsArgumentsWithDescriptions()
    {
        var file = Write("<arg name=\"robot\" default=\"ur5e\" description=\"which arm\"/>");

        var (exitCode, output) = Run("launch", file, "--show-args");

        Assert.Equal(0, exitCode);
        Assert.Contains("'robot': which arm", output, StringComparison.Ordinal);
        Assert.Contains("(value: 'ur5e')", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Launch_MalformedFile_FailsWithLocationAndStartsNothing()
    {
        var marker = Path.Combine(_folder, "started");
        var file = Write($"<executable cmd=\"touch {marker}\"/>\n<nodee exec=\"x\"/>");

        var (exitCode, output) = Run("launch", file);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{file}:3:2: unknown tag <nodee>", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was started.", output, StringComparison.Ordinal);
        Assert.False(File.Exists(marker));
    }

    [Fact]
    public void Launch_MissingArgument_FailsNamingIt()
    {
        var file = Write("<arg name=\"participant\"/>");

        var (exitCode, output) = Run("launch", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("required launch argument 'participant' was not provided", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Launch_ForeignPackage_FailsSayingHowToMapItAndStartsNothing()
    {
        var marker = Path.Combine(_folder, "started");
        var file = Write($"<executable cmd=\"touch {marker}\"/><node pkg=\"rviz2\" exec=\"rviz2\"/>");

        var (exitCode, output) = Run("launch", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("[rviz2-2] package 'rviz2' is not known here", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was started.", output, StringComparison.Ordinal);
        Assert.False(File.Exists(marker));
    }

    [Fact]
    public void Launch_ArgumentWithoutColonEquals_IsRejected()
    {
        var (exitCode, output) = Run("launch", Write(string.Empty), "robot=fr3");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("'robot=fr3' is not a launch argument", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DryRun_ShippedGazeboLaunch_ResolvesWithTheRepositoryShareFolder()
    {
        var file = Path.Combine(FindRoot(), "launch", "gazebo.launch.xml");

        var (exitCode, output) = Run("launch", file, "--dry-run", "robot:=fr3");

        Assert.Equal(0, exitCode);
        Assert.Contains("[spawner-6] node controller_manager/spawner", output, StringComparison.Ordinal);
        Assert.Contains("-name fr3 -z 0.75", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Launch_SmallFile_RunsItsProcessesWithPrefixedOutput()
    {
        var logs = Path.Combine(_folder, "logs");
        var previous = Environment.GetEnvironmentVariable("ROS_LOG_DIR");
        Environment.SetEnvironmentVariable("ROS_LOG_DIR", logs);
        try
        {
            var file = Write("<executable cmd=\"echo hello from launch\" output=\"both\"/>");

            var (exitCode, output) = Run("launch", file);

            Assert.Equal(0, exitCode);
            Assert.Contains("[echo-1] hello from launch", output, StringComparison.Ordinal);
            var log = Assert.Single(Directory.GetFiles(logs, "launch.log", SearchOption.AllDirectories));
            Assert.Contains("[echo-1] hello from launch", File.ReadAllText(log), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ROS_LOG_DIR", previous);
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "launch", "package.xml")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("no launch/package.xml above the test binaries");
    }
}
