
namespace RoboMirror.Nodes.Tests.Sim;

public sealed class NodeCommandTests
{
    private static (int Exit, string Output) Run(params string[] args) => CommandLineRunner.Run(160, args);

    [Fact(Timeout = 30_000)]
    public async Task Node_UnknownName_ListsTheNodes()
    {
        await Task.Yield();
        var (exit, output) = Run("node", "planner", "--transport", "inprocess");

        Assert.NotEqual(0, exit);
        Assert.Contains("turn_controller", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task Node_BadParameterAfterRosArgs_SaysWhichAndExitsWithOne()
    {
        await Task.Yield();
        var (exit, output) = Run("node", "arm_driver", "--transport", "inprocess", "--ros-args", "-p", "arm_model:=ur10", "-r", "__node:=arm");

        Assert.Equal(1, exit);
        Assert.Contains("arm_model 'ur10' is unknown", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Node_UrDriverWithoutARobot_SaysItCannotConnectAndExitsWithOne()
    {
        await Task.Yield();
        var (exit, output) = Run("node", "arm_driver", "--transport", "inprocess", "--ros-args", "-p", "driver:=ur", "-p", "ur_host:=127.0.0.1", "-p", "ur_rtde_port:=9");

        Assert.Equal(1, exit);
        Assert.Contains("127.0.0.1", output, StringComparison.Ordinal);
        Assert.Contains("not ready", output, StringComparison.Ordinal);
    }
}
