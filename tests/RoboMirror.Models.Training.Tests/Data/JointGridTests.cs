using RoboMirror.Hardware.Description;
using RoboMirror.Models.Training.Data;
using RoboMirror.Models.Training.Network;
using RoboMirror.Perception.Datasets.Buetepage;
using RoboMirror.Testing;

namespace RoboMirror.Models.Training.Tests.Data;

public sealed class JointGridTests
{
    [RequiresRecordingsFact(BuetepageReader.DatasetName)]
    public void From_RealFollower_GivesFiniteCommandsWithinLimitsOnTheLeaderGrid()
    {
        var settings = new MirrorNetworkSettings();
        var interaction = BuetepageReader.ReadAll(Recordings.RequireDataset(BuetepageReader.DatasetName))[0];
        var arm = ArmModels.Ur5e;

        var grid = InteractionGrid.From(interaction, settings.FrameRateHz, settings.GestureLabels, arm);

        Assert.NotNull(grid.Follower);
        Assert.Equal(arm.JointCount, grid.JointCount);
        Assert.Equal(grid.Frames * arm.JointCount, grid.Follower.Length);
        Assert.All(grid.Follower, v => Assert.True(float.IsFinite(v) && MathF.Abs(v) <= 2 * MathF.PI + 1e-3f));

        // The follower moves during the interaction: the joints are not constant.
        var first = grid.Follower.AsSpan(0, arm.JointCount).ToArray();
        Assert.Contains(Enumerable.Range(0, grid.Frames), g => !grid.Follower.AsSpan(g * arm.JointCount, arm.JointCount).SequenceEqual(first));
    }
}
