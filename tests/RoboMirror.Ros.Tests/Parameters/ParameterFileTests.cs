using RoboMirror.Ros.Parameters;

namespace RoboMirror.Ros.Tests.Parameters;

public sealed class ParameterFileTests
{
    [Fact]
    public void Parse_GlobalAndPerNodeSections_GivesPatternsNamesAndTypes()
    {
        const string yaml = """
            /**:
              ros__parameters:
                use_sim_time: true
            turn_controller:
              ros__parameters:
                gap_ms: 200
                gain: 0.5
                mode: mirror
                quoted: "42"
                joints: [shoulder, elbow]
                weights: [1, 2.5]
                flags: [true, false]
                limits:
                  max_velocity: 1.2
            /robomirror/perception:
              ros__parameters:
                rate: 30
            """;

        var overrides = ParameterFile.Parse(yaml, "study.yaml");

        Assert.Contains(overrides, o => o is { NodePattern: "/**", Name: "use_sim_time" } && o.Value.Equals(ParameterValue.From(true)));
        Assert.Contains(overrides, o => o is { NodePattern: "/turn_controller", Name: "gap_ms" } && o.Value.Equals(ParameterValue.From(200L)));
        Assert.Contains(overrides, o => o.Name == "gain" && o.Value.Equals(ParameterValue.From(0.5)));
        Assert.Contains(overrides, o => o.Name == "mode" && o.Value.Equals(ParameterValue.From("mirror")));
        Assert.Contains(overrides, o => o.Name == "quoted" && o.Value.Equals(ParameterValue.From("42")));
        Assert.Contains(overrides, o => o.Name == "joints" && o.Value.Equals(ParameterValue.From(new[] { "shoulder", "elbow" })));
        Assert.Contains(overrides, o => o.Name == "weights" && o.Value.Equals(ParameterValue.From(new[] { 1.0, 2.5 })));
        Assert.Contains(overrides, o => o.Name == "flags" && o.Value.Equals(ParameterValue.From(new[] { true, false })));
        Assert.Contains(overrides, o => o.Name == "limits.max_velocity" && o.Value.Equals(ParameterValue.From(1.2)));
        Assert.Contains(overrides, o => o is { NodePattern: "/robomirror/perception", Name: "rate", Source: "study.yaml:17" });
    }

    [Fact]
    public void Parse_NestedNamespaceKeys_JoinIntoNodeName()
    {
        const string yaml = """
            robomirror:
              turn_controller:
                ros__parameters:
                  gap_ms: 150
            """;

        var entry = Assert.Single(ParameterFile.Parse(yaml, "f.yaml"));

        Assert.Equal("/robomirror/turn_controller", entry.NodePattern);
        Assert.True(entry.AppliesTo("/robomirror/turn_controller"));
        Assert.False(entry.AppliesTo("/turn_controller"));
    }

    [Theory]
    [InlineData("/**", "/a/b/c", true)]
    [InlineData("/**", "/a", true)]
    [InlineData("/robomirror/*", "/robomirror/x", true)]
    [InlineData("/robomirror/*", "/robomirror/x/y", false)]
    [InlineData("/**/talker", "/ns/talker", true)]
    [InlineData("/**/talker", "/talker", true)]
    [InlineData("/talker", "/ns/talker", false)]
    public void AppliesTo_Patterns_MatchLikeRcl(string pattern, string node, bool expected)
    {
        var entry = new ParameterOverride(pattern, "p", ParameterValue.From(1L), "test");

        Assert.Equal(expected, entry.AppliesTo(node));
    }

    [Theory]
    [InlineData("/**:\n  ros__parameters:\n    a: [1, true]\n", 3, "mixes integer and bool")]
    [InlineData("/**:\n  ros__parameters:\n    a:\n", 3, "has no value")]
    [InlineData("/**:\n  ros__parameters: 5\n", 2, "must be a mapping")]
    [InlineData("/**:\n  ros__parameters:\n    a: []\n", 3, "empty sequence")]
    [InlineData("node:\n  gain: 1\n", 2, "its value is not a mapping")]
    [InlineData("ros__parameters:\n  a: 1\n", 1, "must be under a node name")]
    [InlineData("/**:\n  ros__parameters:\n    a: [1, 2\n", 4, "not valid YAML")]
    [InlineData("- a\n- b\n", 1, "must be a mapping of node names")]
    public void Parse_BadFile_ErrorNamesFileLineAndProblem(string yaml, int line, string problem)
    {
        var error = Assert.Throws<RosException>(() => ParameterFile.Parse(yaml, "bad.yaml"));

        Assert.Equal(RosErrorCode.InvalidParameterFile, error.Code);
        Assert.Contains($"'bad.yaml', line {line}:", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ErrorNamesPath()
    {
        var path = Path.Combine(Path.GetTempPath(), "robomirror-no-such-file.yaml");

        var error = Assert.Throws<RosException>(() => ParameterFile.Load(path));

        Assert.Equal(RosErrorCode.InvalidParameterFile, error.Code);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
