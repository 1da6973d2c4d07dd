using RoboMirror.Ros.Arguments;
using RoboMirror.Ros.Parameters;

namespace RoboMirror.Ros.Tests.Parameters;

public sealed class ParameterValueTests
{
    [Theory]
    [InlineData("true", ParameterType.Bool, "true")]
    [InlineData("False", ParameterType.Bool, "false")]
    [InlineData("-12", ParameterType.Integer, "-12")]
    [InlineData("1.5e3", ParameterType.Double, "1500.0")]
    [InlineData(".inf", ParameterType.Double, ".inf")]
    [InlineData("hello", ParameterType.String, "hello")]
    [InlineData("'7'", ParameterType.String, "7")]
    [InlineData("[1, 2]", ParameterType.IntegerArray, "[1, 2]")]
    [InlineData("[1, 2.5]", ParameterType.DoubleArray, "[1.0, 2.5]")]
    [InlineData("[a, 'b c']", ParameterType.StringArray, "['a', 'b c']")]
    public void Parse_CommandLineText_TypesLikeRos(string text, ParameterType type, string printed)
    {
        var value = RosArguments.Parse(["--ros-args", "-p", "x:=" + text]).ParameterOverrides[0].Value;

        Assert.Equal(type, value.Type);
        Assert.Equal(printed, value.ToString());
    }

    [Fact]
    public void TryGet_ArrayValue_ReturnsCopyThatCannotChangeTheValue()
    {
        var value = ParameterValue.From(new long[] { 1, 2 });

        Assert.True(value.TryGet<long[]>(out var copy));
        copy[0] = 99;

        Assert.Equal("[1, 2]", value.ToString());
    }

    [Fact]
    public void FromClr_UnsupportedType_ThrowsNamingType()
    {
        var error = Assert.Throws<ArgumentException>(() => ParameterValue.FromClr(1.5f));

        Assert.Contains("Single", error.Message, StringComparison.Ordinal);
    }
}
