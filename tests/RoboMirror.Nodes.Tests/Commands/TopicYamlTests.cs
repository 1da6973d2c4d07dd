using RoboMirror.Nodes.Commands;
using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Messages.BuiltinInterfaces;
using RoboMirror.Ros.Messages.SensorMsgs;
using RoboMirror.Ros.Messages.StdMsgs;

namespace RoboMirror.Nodes.Tests.Commands;

public sealed class TopicYamlTests
{
    [Fact]
    public void Write_JointState_MatchesRos2EchoLayout()
    {
        var message = new JointState
        {
            Header = new Header { Stamp = new Time { Sec = 12, Nanosec = 5 }, FrameId = string.Empty },
            Name = ["shoulder", "elbow"],
            Position = [0.5, -1.0],
            Velocity = [],
            Effort = [1e-05, 1e16],
        };

        var text = TopicYaml.Write(RosMessageType.For<JointState>().ToFieldTree(message));

        Assert.Equal(
            "header:\n  stamp:\n    sec: 12\n    nanosec: 5\n  frame_id: ''\nname:\n- shoulder\n- elbow\nposition:\n- 0.5\n- -1.0\n"
            + "velocity: []\neffort:\n- 1.0e-05\n- 1.0e+16\n",
            text);
    }

    [Theory]
    [InlineData("hello", "hello")]
    [InlineData("", "''")]
    [InlineData("yes", "'yes'")]
    [InlineData("42", "'42'")]
    [InlineData("-1.5", "'-1.5'")]
    [InlineData("a: b", "'a: b'")]
    [InlineData("it's", "it's")]
    [InlineData("'quoted'", "'''quoted'''")]
    [InlineData("two\nlines", "\"two\\nlines\"")]
    public void Scalar_Strings_QuotedWherePyYamlQuotes(string value, string expected)
    {
        Assert.Equal(expected, TopicYaml.Scalar(value));
    }

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(double.NaN, ".nan")]
    [InlineData(double.NegativeInfinity, "-.inf")]
    [InlineData(2.5e-7, "2.5e-07")]
    public void Float_Values_WrittenAsPyYaml(double value, string expected)
    {
        Assert.Equal(expected, TopicYaml.Float(value));
    }

    [Fact]
    public void Scalar_Float32_WidenedLikePython()
    {
        Assert.Equal("0.10000000149011612", TopicYaml.Scalar(0.1f));
    }

    [Fact]
    public void ParseValues_FlowMapping_GivesTreeOfText()
    {
        var tree = TopicYaml.ParseValues("{header: {frame_id: base}, name: [a, b]}");

        var header = Assert.IsType<Dictionary<string, object?>>(tree["header"]);
        Assert.Equal("base", header["frame_id"]);
        Assert.Equal(["a", "b"], Assert.IsType<List<object?>>(tree["name"]));
    }

    [Fact]
    public void Format_NestedMessage_ShowsPythonRepr()
    {
        var type = RosMessageType.For<Header>();
        var header = new Header { Stamp = new Time { Sec = 1 }, FrameId = "base" };

        var repr = TopicMessageRepr.Format(type, type.ToFieldTree(header));

        Assert.Equal("std_msgs.msg.Header(stamp=builtin_interfaces.msg.Time(sec=1, nanosec=0), frame_id='base')", repr);
    }
}
