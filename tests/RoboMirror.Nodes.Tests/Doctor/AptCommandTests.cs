using RoboMirror.Nodes.Doctor;

namespace RoboMirror.Nodes.Tests.Doctor;

public sealed class AptCommandTests
{
    [Fact]
    public void Install_NamesEveryPackageAfterAnUpdate()
    {
        var command = AptCommand.Install("libddsc0debian", "cyclonedds-tools");

        Assert.Matches(@"^(sudo )?apt-get update && (sudo )?apt-get install -y libddsc0debian cyclonedds-tools$", command);
    }
}
