using RoboMirror.Ros.Generator.Model;
using RoboMirror.Ros.Generator.Parsing;

namespace RoboMirror.Ros.Tests.Messages.Generator;

public sealed class MsgParserTests
{
    [Fact]
    public void Parse_ArraysBoundsNestedTypesAndDefaults_ReadsEveryForm()
    {
        var spec = MsgParser.Parse("demo_msgs", "Demo", "Demo.msg", """
            # A demo message.
            Header header
            float64[] unbounded
            int32[4] fixed  # four of them
            uint8[<=8] bounded
            string<=10 name
            string<=5[<=3] names
            Other other
            geometry_msgs/Point point
            float32 ratio 0.5
            string greeting "hi there"
            """);

        Assert.Equal("demo_msgs/msg/Demo", spec.RosName);
        Assert.Equal("A demo message.", spec.Summary);
        var fields = spec.Fields.ToDictionary(f => f.Name);
        Assert.Equal("std_msgs/msg/Header", fields["header"].Type.NestedRosName);
        Assert.Equal(ArrayKind.UnboundedSequence, fields["unbounded"].Type.ArrayKind);
        Assert.Equal((ArrayKind.Fixed, 4), (fields["fixed"].Type.ArrayKind, fields["fixed"].Type.ArraySize));
        Assert.Equal("four of them", fields["fixed"].Comment);
        Assert.Equal((ArrayKind.BoundedSequence, 8), (fields["bounded"].Type.ArrayKind, fields["bounded"].Type.ArraySize));
        Assert.Equal(10, fields["name"].Type.StringBound);
        Assert.Equal((5, ArrayKind.BoundedSequence, 3), (fields["names"].Type.StringBound, fields["names"].Type.ArrayKind, fields["names"].Type.ArraySize));
        Assert.Equal("demo_msgs/msg/Other", fields["other"].Type.NestedRosName);
        Assert.Equal("geometry_msgs/msg/Point", fields["point"].Type.NestedRosName);
        Assert.Equal("0.5", fields["ratio"].DefaultValue);
        Assert.Equal("hi there", fields["greeting"].DefaultValue);
    }

    [Fact]
    public void Parse_Constants_KeepStringValuesWithHashAndDropNumericComments()
    {
        var spec = MsgParser.Parse("demo_msgs", "Demo", "Demo.msg", """
            uint8 LOW=1  # the low one
            int16 NEGATIVE = -300
            string TAG = a#b # not a comment
            bool FLAG=True
            uint8 value
            """);

        var constants = spec.Constants.ToDictionary(c => c.Name);
        Assert.Equal(("1", "the low one"), (constants["LOW"].Value, constants["LOW"].Comment));
        Assert.Equal("-300", constants["NEGATIVE"].Value);
        Assert.Equal("a#b # not a comment", constants["TAG"].Value);
        Assert.Equal("true", ConstantLiteral.ToCSharp(constants["FLAG"].Type, constants["FLAG"].Value));
    }

    [Theory]
    [InlineData("wstring text", "not supported")]
    [InlineData("time stamp", "ROS 1 types")]
    [InlineData("float64 Position", "must start with a lower-case letter")]
    [InlineData("float64 double__underscore", "single underscores")]
    [InlineData("uint8 small 300", "not a valid uint8")]
    [InlineData("uint8 BIG=256", "not a valid uint8")]
    [InlineData("float64[0] none", "not a positive whole number")]
    [InlineData("float64[] values [1, 2]", "scalar built-in fields only")]
    [InlineData("int32<=4 bounded", "only strings take an upper bound")]
    [InlineData("float64", "has a type but no name")]
    [InlineData("a/b/c/D field", "neither built in")]
    public void Parse_InvalidLine_ThrowsWithLineAndReason(string line, string reason)
    {
        var error = Assert.Throws<MsgParseException>(() => MsgParser.Parse("demo_msgs", "Demo", "Demo.msg", "# header comment\n" + line + "\n"));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Parse_DuplicateField_Throws()
    {
        var error = Assert.Throws<MsgParseException>(() => MsgParser.Parse("demo_msgs", "Demo", "Demo.msg", "int32 a\nint32 a\n"));

        Assert.Contains("'a' is declared twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoFields_Throws()
    {
        Assert.Throws<MsgParseException>(() => MsgParser.Parse("demo_msgs", "Empty", "Empty.msg", "# nothing\nuint8 ONLY_A_CONSTANT=1\n"));
    }

    [Fact]
    public void CheckReferences_UndefinedNestedType_ThrowsNamingIt()
    {
        var catalog = new MsgCatalog();
        var spec = MsgParser.Parse("demo_msgs", "Demo", "Demo.msg", "demo_msgs/Missing missing\n");
        catalog.TryAdd(spec);

        var error = Assert.Throws<MsgParseException>(() => catalog.CheckReferences(spec));

        Assert.Contains("demo_msgs/msg/Missing, which no .msg file under ros_nodes/msg defines", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckReferences_RecursiveType_Throws()
    {
        var catalog = new MsgCatalog();
        var spec = MsgParser.Parse("demo_msgs", "Node", "Node.msg", "demo_msgs/Node[] children\n");
        catalog.TryAdd(spec);

        var error = Assert.Throws<MsgParseException>(() => catalog.CheckReferences(spec));

        Assert.Contains("contains itself", error.Message, StringComparison.Ordinal);
    }
}
