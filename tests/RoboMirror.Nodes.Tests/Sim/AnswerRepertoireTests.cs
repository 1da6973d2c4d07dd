using RoboMirror.Controller.Session;
using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Safety;
using Xunit.Abstractions;

namespace RoboMirror.Nodes.Tests.Sim;

public sealed class AnswerRepertoireTests(ITestOutputHelper output)
{
    [Fact(Timeout = 30_000)]
    public async Task Plan_FromHomeAndFromAnOffsetPose_PassesTheArmsLimits()
    {
        await Task.Yield();
        var arm = ArmModels.Ur5e;
        var repertoire = AnswerRepertoire.Synthetic(arm, seed: 1);
        var validator = new CommandValidator(arm);
        var offset = arm.Home.Select((q, j) => q + (j % 2 == 0 ? 0.6 : -0.4)).ToArray();
        foreach (var id in AnswerIds.All)
        {
            foreach (var from in new[] { arm.Home.ToArray(), offset })
            {
                var trajectory = repertoire.Plan(id, from);
                output.WriteLine($"{id}: {trajectory.Duration.TotalSeconds:F2} s, {trajectory.Points.Count} points");
                Assert.True(validator.CheckTrajectory(trajectory, from).Check.IsAccepted);
                Assert.Equal(arm.Home, trajectory.Points[^1].Positions);
            }
        }
    }

    [Fact(Timeout = 30_000)]
    public async Task Plan_UnknownAnswer_ThrowsNamingTheKnownOnes()
    {
        await Task.Yield();
        var repertoire = AnswerRepertoire.Synthetic(ArmModels.Ur5e, seed: 1);
        var e = Assert.Throws<KeyNotFoundException>(() => repertoire.Plan("bow", ArmModels.Ur5e.Home.ToArray()));
        Assert.Contains("wave", e.Message, StringComparison.Ordinal);
    }
}
