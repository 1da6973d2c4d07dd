using RoboMirror.Hardware.Trajectories;

namespace RoboMirror.Hardware.Tests.Trajectories;

public sealed class JointTrajectoryTests
{
    private static readonly string[] Names = ["a", "b"];

    [Fact]
    public void Constructor_TimesNotIncreasing_ThrowsNamingThePoint()
    {
        var error = Assert.Throws<ArgumentException>(() => new JointTrajectory(Names,
        [
            new JointTrajectoryPoint([0, 0], TimeSpan.FromSeconds(1)),
            new JointTrajectoryPoint([0, 0], TimeSpan.FromSeconds(1)),
        ]));

        Assert.Contains("Point 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_BetweenPointsWithoutVelocities_InterpolatesLinearly()
    {
        var trajectory = new JointTrajectory(Names,
        [
            new JointTrajectoryPoint([1, 2], TimeSpan.FromSeconds(1)),
            new JointTrajectoryPoint([3, 2], TimeSpan.FromSeconds(2)),
        ]);
        var q = new double[2];

        trajectory.Sample(TimeSpan.FromSeconds(0.5), [0, 0], q);
        Assert.Equal([0.5, 1.0], q);

        trajectory.Sample(TimeSpan.FromSeconds(1.5), [0, 0], q);
        Assert.Equal([2.0, 2.0], q);

        trajectory.Sample(TimeSpan.FromSeconds(9), [0, 0], q);
        Assert.Equal([3.0, 2.0], q);
    }

    [Fact]
    public void Sample_PointsWithVelocities_FollowsCubicHermite()
    {
        var trajectory = new JointTrajectory(["a"],
        [
            new JointTrajectoryPoint([0], TimeSpan.FromSeconds(1), [0]),
            new JointTrajectoryPoint([1], TimeSpan.FromSeconds(2), [0]),
        ]);
        var q = new double[1];

        trajectory.Sample(TimeSpan.FromSeconds(1.25), [0], q);

        // Smoothstep with zero end velocities: 3s² - 2s³ at s = 0.25.
        Assert.Equal(0.15625, q[0], 1e-12);
    }

    [Fact]
    public void Remaining_PartWayThrough_KeepsTheLaterPointsTimedFromNow()
    {
        var trajectory = new JointTrajectory(Names,
        [
            new JointTrajectoryPoint([1, 2], TimeSpan.FromSeconds(1)),
            new JointTrajectoryPoint([3, 2], TimeSpan.FromSeconds(2), [0.5, 0]),
            new JointTrajectoryPoint([4, 1], TimeSpan.FromSeconds(3)),
        ]);

        var rest = trajectory.Remaining(TimeSpan.FromSeconds(1.5))!;

        Assert.Equal(2, rest.Points.Count);
        Assert.Equal(TimeSpan.FromSeconds(0.5), rest.Points[0].TimeFromStart);
        Assert.Equal([3.0, 2.0], rest.Points[0].Positions);
        Assert.Equal([0.5, 0.0], rest.Points[0].Velocities!);
        Assert.Equal(TimeSpan.FromSeconds(1.5), rest.Duration);
        Assert.Same(trajectory, trajectory.Remaining(TimeSpan.Zero));
        Assert.Null(trajectory.Remaining(TimeSpan.FromSeconds(3)));
    }
}
