using RosString = RoboMirror.Ros.Messages.StdMsgs.String;

namespace RoboMirror.Ros.Tests.Node;

public sealed class NodeNamingTests
{
    [Theory]
    [InlineData("chatter", "/robomirror/chatter")]
    [InlineData("/chatter", "/chatter")]
    [InlineData("~/state", "/robomirror/turn_controller/state")]
    [InlineData("{node}/x", "/robomirror/turn_controller/x")]
    public void CreatePublisher_TopicForms_ExpandAgainstNamespace(string topic, string expected)
    {
        using var kit = new NodeTestKit();
        using var node = kit.Context.CreateNode("turn_controller", "robomirror");

        using var publisher = node.CreatePublisher<RosString>(topic);

        Assert.Equal(expected, publisher.Topic);
        Assert.Equal("/robomirror/turn_controller", node.FullyQualifiedName);
    }

    [Theory]
    [InlineData("2fast")]
    [InlineData("has-dash")]
    [InlineData("")]
    public void CreateNode_InvalidName_ThrowsInvalidName(string name)
    {
        using var kit = new NodeTestKit();

        var error = Assert.Throws<RosException>(() => kit.Context.CreateNode(name));

        Assert.Equal(RosErrorCode.InvalidName, error.Code);
        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a//b")]
    [InlineData("a/")]
    [InlineData("a/1b")]
    [InlineData("a b")]
    public void CreatePublisher_InvalidTopic_ThrowsInvalidName(string topic)
    {
        using var kit = new NodeTestKit();
        using var node = kit.Context.CreateNode("n");

        var error = Assert.Throws<RosException>(() => node.CreatePublisher<RosString>(topic));

        Assert.Equal(RosErrorCode.InvalidName, error.Code);
    }

    [Fact]
    public void CreateNode_RemapNodeAndNamespace_RenamesNode()
    {
        using var kit = new NodeTestKit("--ros-args", "-r", "__node:=renamed", "-r", "__ns:=/lab");

        using var node = kit.Context.CreateNode("original");

        Assert.Equal("/lab/renamed", node.FullyQualifiedName);
        Assert.Contains(kit.Context.Graph.Nodes(), n => n.FullyQualifiedName == "/lab/renamed");
    }

    [Fact]
    public void CreatePublisher_TopicRemapped_UsesTarget()
    {
        using var kit = new NodeTestKit("--ros-args", "-r", "chatter:=/robot/speech");
        using var node = kit.Context.CreateNode("talker");

        using var publisher = node.CreatePublisher<RosString>("chatter");

        Assert.Equal("/robot/speech", publisher.Topic);
    }

    [Fact]
    public void CreatePublisher_RemapForOtherNode_DoesNotApply()
    {
        using var kit = new NodeTestKit("--ros-args", "-r", "listener:chatter:=/elsewhere");
        using var talker = kit.Context.CreateNode("talker");
        using var listener = kit.Context.CreateNode("listener");

        using var talkerPublisher = talker.CreatePublisher<RosString>("chatter");
        using var listenerPublisher = listener.CreatePublisher<RosString>("chatter");

        Assert.Equal("/chatter", talkerPublisher.Topic);
        Assert.Equal("/elsewhere", listenerPublisher.Topic);
    }

    [Fact]
    public void CreateNode_NodeLocalArguments_OverrideGlobalOnes()
    {
        using var kit = new NodeTestKit("--ros-args", "-r", "chatter:=/global");
        using var node = kit.Context.CreateNode("talker", "", new NodeOptions { Arguments = ["--ros-args", "-r", "chatter:=/local"] });

        using var publisher = node.CreatePublisher<RosString>("chatter");

        Assert.Equal("/local", publisher.Topic);
    }
}
