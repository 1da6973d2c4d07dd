using RoboMirror.Launch.Actions;
using RoboMirror.Launch.Parsing;

namespace RoboMirror.Launch.Tests.Parsing;

public sealed class LaunchFileParserTests
{
    private static LaunchFile Parse(string xml) => LaunchFileParser.Parse(xml, "/lab/study.launch.xml");

    private static LaunchFileException ParseError(string xml) => Assert.Throws<LaunchFileException>(() => Parse(xml));

    [Fact]
    public void Parse_EveryActionTag_BuildsTheActionsInDocumentOrder()
    {
        var file = Parse("""
            <launch>
              <arg name="robot" default="ur5e" description="which arm"><choice value="ur5e"/><choice value="fr3"/></arg>
              <let name="rate" value="500"/>
              <set_env name="A" value="1"/>
              <unset_env name="B"/>
              <push-ros-namespace namespace="lab"/>
              <push_ros_namespace namespace="arm"/>
              <log message="hello"/>
              <group scoped="false"><node pkg="robomirror" exec="turn_controller"/></group>
              <include file="other.launch.xml"><arg name="x" value="1"/></include>
              <executable cmd="sleep 1"><env name="C" value="2"/></executable>
            </launch>
            """);

        Assert.Collection(file.Actions,
            a => Assert.Equal(["ur5e", "fr3"], Assert.IsType<DeclareArgumentAction>(a).Choices!),
            a => Assert.IsType<SetConfigurationAction>(a),
            a => Assert.IsType<SetEnvironmentAction>(a),
            a => Assert.IsType<UnsetEnvironmentAction>(a),
            a => Assert.IsType<PushNamespaceAction>(a),
            a => Assert.IsType<PushNamespaceAction>(a),
            a => Assert.IsType<LogAction>(a),
            a => Assert.False(Assert.IsType<GroupAction>(a).Scoped),
            a => Assert.Single(Assert.IsType<IncludeAction>(a).Arguments),
            a => Assert.Single(Assert.IsType<ExecutableAction>(a).Options.Environment));
    }

    [Fact]
    public void Parse_NodeWithNestedParams_JoinsNamePaths()
    {
        var file = Parse("""
            <launch>
              <node pkg="robomirror" exec="turn_controller" name="turns">
                <param name="timing"><param name="gap_ms" value="200"/><param name="policy" value="mirror"/></param>
                <param from="params.yaml"/>
                <remap from="joint_states" to="/arm/joint_states"/>
              </node>
            </launch>
            """);

        var node = Assert.IsType<NodeAction>(Assert.Single(file.Actions));
        Assert.Collection(node.Parameters,
            p => Assert.Equal(["timing", "gap_ms"], ((ParameterValue)p).NamePath.Select(t => t.ToString())),
            p => Assert.Equal(["timing", "policy"], ((ParameterValue)p).NamePath.Select(t => t.ToString())),
            p => Assert.Equal("params.yaml", ((ParameterFile)p).Path.ToString()));
        Assert.Single(node.Remappings);
    }

    [Fact]
    public void Parse_MalformedXml_ThrowsWithLineAndColumn()
    {
        var error = ParseError("<launch>\n  <node pkg=\"a\" exec=\"b\">\n</launch>");

        Assert.Equal("/lab/study.launch.xml", error.Location.File);
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("malformed XML", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownTag_ThrowsListingTheKnownTags()
    {
        var error = ParseError("<launch>\n  <nod pkg=\"a\" exec=\"b\"/>\n</launch>");

        Assert.Equal(2, error.Location.Line);
        Assert.Equal(4, error.Location.Column);
        Assert.Equal("unknown tag <nod>", error.Problem);
        Assert.Contains("<node>", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownAttribute_ThrowsAtTheAttribute()
    {
        var error = ParseError("<launch>\n  <node pkg=\"a\" exec=\"b\" nmae=\"c\"/>\n</launch>");

        Assert.Equal(2, error.Location.Line);
        Assert.Contains("unknown attribute 'nmae' on <node>", error.Problem, StringComparison.Ordinal);
        Assert.Contains("namespace", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Ros1RequiredAttribute_PointsToOnExitShutdown()
    {
        var error = ParseError("<launch><node pkg=\"a\" exec=\"b\" required=\"true\"/></launch>");

        Assert.Contains("on_exit=\"shutdown\"", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OnExitShutdown_MarksTheProcess()
    {
        var file = Parse("<launch><executable cmd=\"true\" on_exit=\"shutdown\"/></launch>");

        Assert.True(Assert.IsType<ExecutableAction>(Assert.Single(file.Actions)).Options.ShutdownOnExit);
    }

    [Theory]
    [InlineData("<launch><node exec=\"b\" if=\"true\" unless=\"false\"/></launch>", "both 'if' and 'unless'")]
    [InlineData("<launch><node pkg=\"a\"/></launch>", "no 'exec' attribute")]
    [InlineData("<launch><arg default=\"1\"/></launch>", "no 'name' attribute")]
    [InlineData("<launch><arg name=\"a\" default=\"x\"><choice value=\"y\"/></arg></launch>", "not one of its choices")]
    [InlineData("<launch><node exec=\"b\"><param name=\"p\"/></node></launch>", "neither a value nor nested parameters")]
    [InlineData("<launch><node exec=\"b\"><param name=\"p\" from=\"f.yaml\"/></node></launch>", "together with 'name'")]
    [InlineData("<launch><node exec=\"b\"><param name=\"p\" value=\"1\" type=\"double\"/></node></launch>", "parameter type")]
    [InlineData("<launch><node exec=\"b\"><remap from=\"a\"/></node></launch>", "no 'to' attribute")]
    [InlineData("<launch><node exec=\"b\"><group/></node></launch>", "unexpected <group> inside <node>")]
    [InlineData("<launch><executable cmd=\"x\" on_exit=\"restart\"/></launch>", "on_exit is")]
    [InlineData("<launch><executable cmd=\"x\" output=\"console\"/></launch>", "output is")]
    [InlineData("<launch><executable cmd=\"x\" respawn_delay=\"-1\"/></launch>", "'respawn_delay'")]
    [InlineData("<launch><group scoped=\"maybe\"/></launch>", "'scoped'")]
    [InlineData("<robot name=\"x\"/>", "root element is <robot>")]
    public void Parse_InvalidFile_ThrowsNamingTheProblem(string xml, string problem)
    {
        var error = ParseError(xml);

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal("/lab/study.launch.xml", error.Location.File);
    }

    [Fact]
    public void ParseFile_MissingFile_ThrowsLaunchFileException()
    {
        var error = Assert.Throws<LaunchFileException>(() => LaunchFileParser.ParseFile("/nonexistent/x.launch.xml"));

        Assert.Contains("does not exist", error.Problem, StringComparison.Ordinal);
    }
}
