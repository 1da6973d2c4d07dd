using RoboMirror.Ros.Arguments;
using RoboMirror.Ros.Parameters;

namespace RoboMirror.Ros.Tests.Arguments;

public sealed class RosArgumentsTests
{
    [Fact]
    public void Parse_MixedCommandLine_SeparatesRosAndProgramArguments()
    {
        var parsed = RosArguments.Parse(["--verbose", "--ros-args", "-r", "a:=b", "--remap", "n:c:=/d", "-p", "x:=1", "--log-level", "debug", "--", "input.mcap"]);

        Assert.Equal(["--verbose", "input.mcap"], parsed.NonRosArguments);
        Assert.Equal([new RemapRule(null, "a", "b"), new RemapRule("n", "c", "/d")], parsed.Remaps);
        Assert.Equal("debug", parsed.LogLevel);
        var parameter = Assert.Single(parsed.ParameterOverrides);
        Assert.Equal(("/**", "x", ParameterValue.From(1L)), (parameter.NodePattern, parameter.Name, parameter.Value));
    }

    [Fact]
    public void Parse_NoRosArgs_EverythingIsProgramArgument()
    {
        var parsed = RosArguments.Parse(["-r", "a:=b"]);

        Assert.Empty(parsed.Remaps);
        Assert.Equal(["-r", "a:=b"], parsed.NonRosArguments);
    }

    [Fact]
    public void Parse_ParamsFile_CommandLineValuesComeAfterFileValues()
    {
        var path = Path.Combine(Path.GetTempPath(), $"robomirror-args-{Environment.ProcessId}-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "/**:\n  ros__parameters:\n    x: 5\n");
        try
        {
            var parsed = RosArguments.Parse(["--ros-args", "-p", "x:=1", "--params-file", path]);

            Assert.Equal([path], parsed.ParameterFiles);
            Assert.Equal(["5", "1"], parsed.ParameterOverrides.Select(o => o.Value.ToString()));
            Assert.Equal($"{path}:3", parsed.ParameterOverrides[0].Source);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--bogus", "Unknown ROS argument '--bogus'")]
    [InlineData("-r", "needs a value")]
    [InlineData("-r chatter", "has no ':='")]
    [InlineData("-r :=x", "needs both sides")]
    [InlineData("-p :=1", "has no parameter name")]
    [InlineData("-p x:=[1, true]", "mixes integer and bool")]
    public void Parse_BadArgument_ThrowsInvalidArgumentsNamingIt(string arguments, string expected)
    {
        var args = new List<string> { "--ros-args" };
        var space = arguments.IndexOf(' ', StringComparison.Ordinal);
        args.AddRange(space < 0 ? [arguments] : [arguments[..space], arguments[(space + 1)..]]);

        var error = Assert.Throws<RosException>(() => RosArguments.Parse(args));

        Assert.Equal(RosErrorCode.InvalidArguments, error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingParamsFile_ThrowsInvalidParameterFileNamingPath()
    {
        var error = Assert.Throws<RosException>(() => RosArguments.Parse(["--ros-args", "--params-file", "/nonexistent/robomirror.yaml"]));

        Assert.Equal(RosErrorCode.InvalidParameterFile, error.Code);
        Assert.Contains("/nonexistent/robomirror.yaml", error.Message, StringComparison.Ordinal);
    }
}
