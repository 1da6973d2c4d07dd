using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Kinematics;

namespace RoboMirror.Hardware.Tests.Kinematics;

public sealed class DampedLeastSquaresSolverTests
{
    public static TheoryData<string> Models => new() { "ur5e", "fr3" };

    [Theory]
    [MemberData(nameof(Models))]
    public void Solve_ReachablePose_ConvergesToIt(string model)
    {
        var arm = ArmModels.ByName[model];
        var solver = new DampedLeastSquaresSolver(arm);
        var random = new Random(5);
        for (var trial = 0; trial < 10; trial++)
        {
            var truth = RandomPose(arm, random);
            var target = arm.Kinematics.FlangePose(truth);
            var q = truth.Select(v => v + (random.NextDouble() - 0.5) * 0.3).ToArray();
            for (var j = 0; j < q.Length; j++)
            {
                q[j] = arm.Limits(j).Clamp(q[j]);
            }

            var result = solver.Solve(target, q, withOrientation: true);

            Assert.True(result.Converged, $"{model} trial {trial}: {result}");
            var reached = arm.Kinematics.FlangePose(q);
            Assert.True(reached.DistanceTo(target) < 2e-4, $"{model} trial {trial}: {reached} vs {target}");
        }
    }

    [Fact]
    public void Solve_PositionOnlyFromHome_ReachesPointInFront()
    {
        var arm = ArmModels.Ur5e;
        var solver = new DampedLeastSquaresSolver(arm);
        var q = arm.Home.ToArray();
        var target = Pose.FromTranslation(0.4, -0.2, 0.4);

        var result = solver.Solve(target, q, withOrientation: false);

        Assert.True(result.Converged, result.ToString());
        Assert.True(arm.Kinematics.FlangePose(q).DistanceTo(target) < 2e-4);
    }

    [Fact]
    public void Solve_UnreachablePoint_StopsWithinLimitsAndSaysSo()
    {
        var arm = ArmModels.FrankaFr3;
        var solver = new DampedLeastSquaresSolver(arm, new InverseKinematicsOptions { MaxIterations = 50 });
        var q = arm.Home.ToArray();

        var result = solver.Solve(Pose.FromTranslation(3, 0, 0.5), q, withOrientation: false);

        Assert.False(result.Converged);
        Assert.Equal(50, result.Iterations);
        Assert.True(result.PositionError > 1.5);
        for (var j = 0; j < q.Length; j++)
        {
            Assert.True(arm.Limits(j).Contains(q[j]), $"joint {j} left its range: {q[j]}");
        }
    }

    [Fact]
    public void Options_Invalid_ListsEveryProblem()
    {
        var error = Assert.Throws<ArgumentException>(() => new InverseKinematicsOptions { MaxIterations = 0, Damping = -1 }.Validate());

        Assert.Contains("MaxIterations is 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("Damping is -1", error.Message, StringComparison.Ordinal);
    }

    private static double[] RandomPose(ArmDescription arm, Random random) =>
        Enumerable.Range(0, arm.JointCount).Select(j =>
        {
            var limits = arm.Limits(j);
            var lo = Math.Max(limits.MinPosition, -2.5);
            var hi = Math.Min(limits.MaxPosition, 2.5);
            return lo + random.NextDouble() * (hi - lo);
        }).ToArray();
}
