using RoboMirror.Launch.Resolution;

namespace RoboMirror.Launch.Tests.Resolution;

public sealed class NodeCommandLineTests : IDisposable
{
    private readonly LaunchFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Resolve_RobomirrorNode_MapsToRobomirrorNodeWithRosArgumentsInLaunchRosOrder()
    {
        _fixture.Write("config/turns.yaml", "turn_controller:\n  ros__parameters:\n    gap_ms: 200\n");
        var launch = _fixture.Resolve("""
            <push-ros-namespace namespace="lab"/>
            <node pkg="robomirror" exec="turn_controller" name="turns" namespace="arm" args="--verbose" output="screen">
              <param name="policy" value="mirror"/>
              <param from="$(find-pkg-share robomirror)/config/turns.yaml"/>
              <param name="gap_s" value="0.2"/>
              <remap from="joint_states" to="/arm/joint_states"/>
            </node>
            """);

        var plan = Assert.Single(launch.Processes);
        Assert.Equal(
            [
                "robomirror", "node", "turn_controller", "--verbose",
                "--ros-args", "-r", "__node:=turns", "-r", "__ns:=/lab/arm",
                "-p", "policy:=mirror", "--params-file", Path.Combine(_fixture.Folder, "config", "turns.yaml"), "-p", "gap_s:=0.2",
                "-r", "joint_states:=/arm/joint_states",
            ],
            plan.Command);
        Assert.Equal("turn_controller-1", plan.Label);
        Assert.Equal(OutputMode.Screen, plan.Output);
        Assert.Equal(("robomirror", "turn_controller", "turns", "/lab/arm"), (plan.Node!.Package, plan.Node.Executable, plan.Node.Name, plan.Node.Namespace));
        Assert.Equal(plan.Command.Skip(3), plan.Node.Arguments);
        Assert.Null(plan.Problem);
    }

    [Fact]
    public void Resolve_NodeWithoutNameOrNamespace_PassesOnlyRosArgsMarker()
    {
        var plan = Assert.Single(_fixture.Resolve("<node pkg=\"robomirror\" exec=\"perception\"/>").Processes);

        Assert.Equal(["robomirror", "node", "perception", "--ros-args"], plan.Command);
    }

    [Fact]
    public void Resolve_RosArgsAttribute_ComesBeforeTheLaunchRosArguments()
    {
        var plan = Assert.Single(_fixture.Resolve("<node pkg=\"robomirror\" exec=\"x\" name=\"n\" ros_args=\"--log-level debug\"/>").Processes);

        Assert.Equal(["robomirror", "node", "x", "--ros-args", "--log-level", "debug", "--ros-args", "-r", "__node:=n"], plan.Command);
    }

    [Fact]
    public void Resolve_AbsoluteNodeNamespace_IgnoresPushedNamespace()
    {
        var plan = Assert.Single(_fixture.Resolve("""
            <push-ros-namespace namespace="lab"/>
            <node pkg="robomirror" exec="x" namespace="/top"/>
            """).Processes);

        Assert.Equal("/top", plan.Node!.Namespace);
    }

    [Fact]
    public void Resolve_ScopedGroup_PopsThePushedNamespace()
    {
        var launch = _fixture.Resolve("""
            <group><push-ros-namespace namespace="robot1"/><node pkg="robomirror" exec="a"/></group>
            <node pkg="robomirror" exec="b"/>
            """);

        Assert.Equal("/robot1", launch.Processes[0].Node!.Namespace);
        Assert.Null(launch.Processes[1].Node!.Namespace);
    }

    [Fact]
    public void Resolve_UnknownPackage_IsUnrunnableWithHowToMapIt()
    {
        var launch = _fixture.Resolve("<node pkg=\"robot_state_publisher\" exec=\"robot_state_publisher\" name=\"rsp\"/>");

        var plan = Assert.Single(launch.Unrunnable);
        Assert.Empty(plan.Command);
        Assert.Contains("package 'robot_state_publisher'", plan.Problem, StringComparison.Ordinal);
        Assert.Contains("--package-map", plan.Problem, StringComparison.Ordinal);
        Assert.Contains("ros2 launch", plan.Problem, StringComparison.Ordinal);
        Assert.Equal(["--ros-args", "-r", "__node:=rsp"], plan.Node!.Arguments);
    }

    [Fact]
    public void Resolve_PackageMapFile_RunsAMappedForeignPackage()
    {
        var map = _fixture.Write("packages.yaml", "demo_nodes_cpp:\n  executables:\n    talker: [python3, talker.py]\n");
        _fixture.Packages = ((RoboMirror.Launch.Packages.PackageMap)_fixture.Packages).WithFile(map);

        var plan = Assert.Single(_fixture.Resolve("<node pkg=\"demo_nodes_cpp\" exec=\"talker\"/>").Processes);

        Assert.Equal(["python3", "talker.py", "--ros-args"], plan.Command);
        Assert.Equal("talker-1", plan.Label);
    }

    [Theory]
    [InlineData("<param name=\"flag\" value=\"true\"/>", "flag:=true")]
    [InlineData("<param name=\"rate\" value=\"500\"/>", "rate:=500")]
    [InlineData("<param name=\"id\" value=\"007\" type=\"str\"/>", "id:=\"007\"")]
    [InlineData("<param name=\"on\" value=\"yes\" type=\"bool\"/>", "on:=true")]
    [InlineData("<param name=\"gains\" value=\"1,2,3\" value-sep=\",\" type=\"list[float]\"/>", "gains:=[1.0, 2.0, 3.0]")]
    [InlineData("<param name=\"names\" value=\"[a, b]\"/>", "names:=[a, b]")]
    [InlineData("<param name=\"text\" value=\"a: b\" type=\"str\"/>", "text:=\"a: b\"")]
    [InlineData("<param name=\"empty\" value=\"\"/>", "empty:=\"\"")]
    [InlineData("<param name=\"answer\" value=\"y\"/>", "answer:=\"y\"")]
    [InlineData("<param name=\"url\" value=\"http://lab:8080/x\"/>", "url:=http://lab:8080/x")]
    public void Resolve_ParameterValue_IsWrittenAsYamlTheNodeReadsBack(string param, string expected)
    {
        var plan = Assert.Single(_fixture.Resolve($"<node pkg=\"robomirror\" exec=\"x\">{param}</node>").Processes);

        Assert.Equal(expected, plan.Command[^1]);
    }

    [Fact]
    public void Resolve_MultiLineParameter_IsQuotedOnOneLine()
    {
        var plan = Assert.Single(_fixture.Resolve("<node pkg=\"robomirror\" exec=\"x\"><param name=\"d\" value=\"&lt;robot&gt;&#10;&lt;/robot&gt;\" type=\"str\"/></node>").Processes);

        Assert.Equal("d:=\"<robot>\\n</robot>\"", plan.Command[^1]);
    }

    [Fact]
    public void Resolve_MappingLikeParameterWithoutType_ThrowsSuggestingTypeStr()
    {
        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve("<node pkg=\"robomirror\" exec=\"x\"><param name=\"p\" value=\"a: b\"/></node>"));

        Assert.Contains("type=\"str\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_MissingParameterFile_Throws()
    {
        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve("<node pkg=\"robomirror\" exec=\"x\"><param from=\"/nonexistent.yaml\"/></node>"));

        Assert.Contains("does not exist", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ParameterFileWithoutRosParameters_ThrowsAtTheFile()
    {
        var yaml = _fixture.Write("bad.yaml", "gap_ms: 200\n");

        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve($"<node pkg=\"robomirror\" exec=\"x\"><param from=\"{yaml}\"/></node>"));

        Assert.Equal(yaml, error.Location.File);
        Assert.Contains("ros__parameters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_MalformedParameterFile_ThrowsWithTheYamlLine()
    {
        var yaml = _fixture.Write("broken.yaml", "node:\n  ros__parameters:\n    a: [1, 2\n");

        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve($"<node pkg=\"robomirror\" exec=\"x\"><param from=\"{yaml}\"/></node>"));

        Assert.Equal(yaml, error.Location.File);
        Assert.True(error.Location.Line >= 3, $"line {error.Location.Line}");
    }

    [Theory]
    [InlineData("name=\"2fast\"", "starts with a digit")]
    [InlineData("name=\"a-b\"", "characters other than")]
    [InlineData("namespace=\"a//b\"", "empty segment")]
    public void Resolve_InvalidNodeNameOrNamespace_Throws(string attribute, string problem)
    {
        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve($"<node pkg=\"robomirror\" exec=\"x\" {attribute}/>"));

        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }
}
