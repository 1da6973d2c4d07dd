using RoboMirror.Launch.Resolution;

namespace RoboMirror.Launch.Tests.Resolution;

public sealed class LaunchPlanTextTests : IDisposable
{
    private readonly LaunchFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Lines_DescribeArgumentsProcessesAndSupervision()
    {
        var launch = _fixture.Resolve("""
            <arg name="robot" default="ur5e" description="which arm"/>
            <log message="starting"/>
            <set_env name="ROS_DOMAIN_ID" value="7"/>
            <executable cmd="echo 'two words'" respawn="true" respawn_delay="1.5" on_exit="shutdown" output="own_log"/>
            <node pkg="unknown_pkg" exec="tool" name="t"/>
            """);

        var lines = LaunchPlanText.Lines(launch).ToList();

        Assert.Contains("  robot = ur5e  (which arm)", lines);
        Assert.Contains("log: starting", lines);
        Assert.Contains("processes (2):", lines);
        Assert.Contains("    command: echo 'two words'", lines);
        Assert.Contains("    environment: ROS_DOMAIN_ID=7", lines);
        Assert.Contains("    output=own_log; respawn after 1.5 s; on_exit=shutdown; SIGTERM after 5 s, SIGKILL 5 s later", lines);
        Assert.Contains("  [tool-2] node unknown_pkg/tool name=t", lines);
        Assert.Contains(lines, l => l.StartsWith("    not runnable here: package 'unknown_pkg' is not known here", StringComparison.Ordinal));
        Assert.Contains("    ROS arguments: --ros-args -r __node:=t", lines);
    }

    [Fact]
    public void Lines_VeryLongArgument_IsCutWithItsLength()
    {
        var launch = _fixture.Resolve($"<executable cmd=\"echo {new string('x', 500)}\"/>");

        var command = LaunchPlanText.Lines(launch).Single(l => l.StartsWith("    command:", StringComparison.Ordinal));

        Assert.EndsWith("…[500 characters]", command, StringComparison.Ordinal);
        Assert.True(command.Length < 200, command);
    }
}
