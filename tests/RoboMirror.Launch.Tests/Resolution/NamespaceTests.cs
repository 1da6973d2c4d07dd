namespace RoboMirror.Launch.Tests.Resolution;

public sealed class NamespaceTests : IDisposable
{
    private readonly LaunchFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private string? NamespaceOf(string body) => Assert.Single(_fixture.Resolve(body).Processes).Node!.Namespace;

    [Theory]
    [InlineData("<push-ros-namespace namespace=\"lab\"/><push-ros-namespace namespace=\"arm\"/>", "", "/lab/arm")]
    [InlineData("<push-ros-namespace namespace=\"lab\"/><push-ros-namespace namespace=\"/other\"/>", "", "/other")]
    [InlineData("<push-ros-namespace namespace=\"lab\"/>", "namespace=\"left\"", "/lab/left")]
    [InlineData("<push-ros-namespace namespace=\"/\"/>", "namespace=\"left\"", "/left")]
    [InlineData("", "namespace=\"\"", "/")]
    [InlineData("", "namespace=\"robot1/\"", "/robot1")]
    public void Resolve_PushedAndOwnNamespaces_CombineLikeLaunchRos(string pushes, string attribute, string expected) =>
        Assert.Equal(expected, NamespaceOf($"{pushes}<node pkg=\"robomirror\" exec=\"x\" {attribute}/>"));

    [Fact]
    public void Resolve_InvalidPushedNamespace_Throws()
    {
        var error = Assert.Throws<LaunchFileException>(() => _fixture.Resolve("<push-ros-namespace namespace=\"9lives\"/>"));

        Assert.Contains("starting with a digit", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_RosNamespaceConfiguration_IsReadableAsVar() =>
        Assert.Equal(["echo", "/lab"], Assert.Single(_fixture.Resolve("<push-ros-namespace namespace=\"lab\"/><executable cmd=\"echo $(var ros_namespace)\"/>").Processes).Command);
}
