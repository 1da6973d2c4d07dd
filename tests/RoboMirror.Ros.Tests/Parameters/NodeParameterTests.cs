using RoboMirror.Ros.Parameters;
using RoboMirror.Ros.Tests.Node;

namespace RoboMirror.Ros.Tests.Parameters;

public sealed class NodeParameterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("robomirror-params-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void DeclareParameter_NoOverride_ReturnsDefault()
    {
        using var kit = new NodeTestKit();
        using var node = kit.Context.CreateNode("n");

        Assert.Equal(200L, node.DeclareParameter("gap_ms", 200L));
        Assert.Equal("mirror", node.DeclareParameter("mode", "mirror"));
        Assert.Equal(new[] { 1.0, 2.0 }, node.DeclareParameter("w", new[] { 1.0, 2.0 }));
        Assert.Equal(200L, node.GetParameter<long>("gap_ms"));
        Assert.Equal(200, node.GetParameter<int>("gap_ms"));
    }

    [Fact]
    public void DeclareParameter_CommandLineOverride_WinsOverDefault()
    {
        using var kit = new NodeTestKit("--ros-args", "-p", "gap_ms:=150", "-p", "joints:=[a, b]");
        using var node = kit.Context.CreateNode("n");

        Assert.Equal(150L, node.DeclareParameter("gap_ms", 200L));
        Assert.Equal(new[] { "a", "b" }, node.DeclareParameter("joints", Array.Empty<string>()));
    }

    [Fact]
    public void DeclareParameter_FileOverrides_NodeSectionWinsOverWildcardAndCommandLineWinsOverFile()
    {
        var file = Write("study.yaml", """
            turn_controller:
              ros__parameters:
                gap_ms: 180
                gain: 2.0
            /**:
              ros__parameters:
                gap_ms: 100
                gain: 1.0
                mode: global
            """);
        using var kit = new NodeTestKit("--ros-args", "--params-file", file, "-p", "mode:=cli");
        using var node = kit.Context.CreateNode("turn_controller");
        using var other = kit.Context.CreateNode("other");

        Assert.Equal(180L, node.DeclareParameter("gap_ms", 0L));
        Assert.Equal(2.0, node.DeclareParameter("gain", 0.0));
        Assert.Equal("cli", node.DeclareParameter("mode", "default"));
        Assert.Equal(100L, other.DeclareParameter("gap_ms", 0L));
    }

    [Fact]
    public void DeclareParameter_TwoFiles_LaterFileWildcardOverridesEarlierNodeSection()
    {
        var first = Write("first.yaml", "turn_controller:\n  ros__parameters:\n    gap_ms: 180\n");
        var second = Write("second.yaml", "/**:\n  ros__parameters:\n    gap_ms: 120\n");
        using var kit = new NodeTestKit("--ros-args", "--params-file", first, "--params-file", second);
        using var node = kit.Context.CreateNode("turn_controller");

        Assert.Equal(120L, node.DeclareParameter("gap_ms", 0L));
    }

    [Fact]
    public void DeclareParameter_NamespacedNodeSection_AppliesToNodeInNamespace()
    {
        var file = Write("ns.yaml", """
            /robomirror/turn_controller:
              ros__parameters:
                gap_ms: 111
            """);
        using var kit = new NodeTestKit("--ros-args", "--params-file", file);
        using var inNamespace = kit.Context.CreateNode("turn_controller", "/robomirror");
        using var atRoot = kit.Context.CreateNode("turn_controller");

        Assert.Equal(111L, inNamespace.DeclareParameter("gap_ms", 0L));
        Assert.Equal(0L, atRoot.DeclareParameter("gap_ms", 0L));
    }

    [Fact]
    public void DeclareParameter_NodePrefixedCommandLine_AppliesToThatNodeOnly()
    {
        using var kit = new NodeTestKit("--ros-args", "-p", "talker:rate:=5");
        using var talker = kit.Context.CreateNode("talker");
        using var listener = kit.Context.CreateNode("listener");

        Assert.Equal(5L, talker.DeclareParameter("rate", 1L));
        Assert.Equal(1L, listener.DeclareParameter("rate", 1L));
    }

    [Fact]
    public void DeclareParameter_IntegerOverrideForDouble_IsWidened()
    {
        using var kit = new NodeTestKit("--ros-args", "-p", "gain:=2");
        using var node = kit.Context.CreateNode("n");

        Assert.Equal(2.0, node.DeclareParameter("gain", 0.5));
    }

    [Fact]
    public void DeclareParameter_OverrideOfOtherType_ThrowsNamingSourceAndTypes()
    {
        using var kit = new NodeTestKit("--ros-args", "-p", "gap_ms:=soon");
        using var node = kit.Context.CreateNode("n");

        var error = Assert.Throws<RosException>(() => node.DeclareParameter("gap_ms", 200L));

        Assert.Equal(RosErrorCode.ParameterTypeMismatch, error.Code);
        Assert.Contains("'gap_ms'", error.Message, StringComparison.Ordinal);
        Assert.Contains("-p gap_ms:=soon", error.Message, StringComparison.Ordinal);
        Assert.Contains("integer", error.Message, StringComparison.Ordinal);
        Assert.Contains("string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeclareParameter_Twice_ThrowsAlreadyDeclared()
    {
        using var kit = new NodeTestKit();
        using var node = kit.Context.CreateNode("n");
        node.DeclareParameter("a", true);

        var error = Assert.Throws<RosException>(() => node.DeclareParameter("a", false));

        Assert.Equal(RosErrorCode.ParameterAlreadyDeclared, error.Code);
    }

    [Fact]
    public void GetParameter_Undeclared_ThrowsNotDeclared()
    {
        using var kit = new NodeTestKit();
        using var node = kit.Context.CreateNode("n");

        var error = Assert.Throws<RosException>(() => node.GetParameter<long>("missing"));

        Assert.Equal(RosErrorCode.ParameterNotDeclared, error.Code);
    }

    [Fact]
    public void SetParameter_ValueOfOtherType_ThrowsAndKeepsValue()
    {
        using var kit = new NodeTestKit();
        using var node = kit.Context.CreateNode("n");
        node.DeclareParameter("rate", 10L);

        var error = Assert.Throws<RosException>(() => node.SetParameter("rate", "fast"));

        Assert.Equal(RosErrorCode.ParameterTypeMismatch, error.Code);
        Assert.Equal(10L, node.GetParameter<long>("rate"));
        node.SetParameter("rate", 12L);
        Assert.Equal(12L, node.GetParameter<long>("rate"));
    }

    [Fact]
    public void DeclareParameter_NodeOptionsOverride_WinsOverEverything()
    {
        using var kit = new NodeTestKit("--ros-args", "-p", "rate:=5");
        using var node = kit.Context.CreateNode("n", "", new NodeOptions { ParameterOverrides = new Dictionary<string, ParameterValue> { ["rate"] = 7L } });

        Assert.Equal(7L, node.DeclareParameter("rate", 1L));
    }

    [Fact]
    public void Parameters_NewNode_HasUseSimTimeDeclaredFalse()
    {
        using var kit = new NodeTestKit();
        using var node = kit.Context.CreateNode("n");

        Assert.Equal(ParameterValue.From(false), node.Parameters["use_sim_time"]);
        Assert.False(node.UsesSimTime);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
