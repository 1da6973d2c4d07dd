namespace RoboMirror.Launch.Tests.Resolution;

public sealed class IncludeTests : IDisposable
{
    private readonly LaunchFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Resolve_Include_PassesArgumentsAndLeaksConfigurationsLikeRos2()
    {
        _fixture.Write("arm.launch.xml", """
            <launch>
              <arg name="robot"/>
              <arg name="rate" default="500"/>
              <let name="from_child" value="child-$(var robot)"/>
              <executable cmd="echo $(var robot) $(var rate) $(dirname)"/>
            </launch>
            """);

        var launch = _fixture.Resolve("""
            <include file="$(dirname)/arm.launch.xml"><arg name="robot" value="fr3"/></include>
            <executable cmd="echo $(var from_child)"/>
            """);

        Assert.Equal(["echo", "fr3", "500", _fixture.Folder], launch.Processes[0].Command);
        Assert.Equal(["echo", "child-fr3"], launch.Processes[1].Command);
    }

    [Fact]
    public void Resolve_IncludeInsideGroup_IsScopedByTheGroup()
    {
        _fixture.Write("child.launch.xml", "<launch><let name=\"leak\" value=\"1\"/></launch>");

        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve("""
            <group><include file="$(dirname)/child.launch.xml"/></group>
            <executable cmd="echo $(var leak)"/>
            """));

        Assert.Contains("'leak' does not exist", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_IncludeMissingRequiredArgument_ThrowsAtTheInclude()
    {
        _fixture.Write("needs.launch.xml", "<launch><arg name=\"participant\"/></launch>");

        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve("<let name=\"participant\" value=\"p1\"/>\n<include file=\"$(dirname)/needs.launch.xml\"/>"));

        Assert.Equal(3, error.Location.Line);
        Assert.Contains("needs argument(s) participant", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_IncludedFileWithUnknownTag_ReportsTheIncludedFile()
    {
        var child = _fixture.Write("bad.launch.xml", "<launch>\n\n  <nodes/>\n</launch>");

        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve("<include file=\"$(dirname)/bad.launch.xml\"/>"));

        Assert.Equal(new SourceLocation(child, 3, 4), error.Location);
    }

    [Fact]
    public void Resolve_IncludeCycle_Throws()
    {
        _fixture.Write("a.launch.xml", "<launch><include file=\"$(dirname)/b.launch.xml\"/></launch>");
        _fixture.Write("b.launch.xml", "<launch><include file=\"$(dirname)/a.launch.xml\"/></launch>");

        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve("<include file=\"$(dirname)/a.launch.xml\"/>"));

        Assert.Contains("includes itself", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$(dirname)/missing.launch.xml", "does not exist")]
    [InlineData("$(dirname)/robot.launch.py", "ros2 launch")]
    public void Resolve_IncludeOfUnusableFile_Throws(string file, string expected)
    {
        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve($"<include file=\"{file}\"/>"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
