using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Retargeting;
using RoboMirror.Hardware.Safety;
using RoboMirror.Perception.Datasets.Buetepage;
using RoboMirror.Testing;
using Xunit.Abstractions;

namespace RoboMirror.Hardware.Tests.Retargeting;

/// <summary>Every labelled interaction of the real Bütepage recordings retargets onto the robot within its limits.</summary>
public sealed class BuetepageRetargetingTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<BuetepageInteraction>> Interactions =
        new(() => BuetepageReader.ReadAll(Recordings.RequireDataset(BuetepageReader.DatasetName)));

    [RequiresRecordingsTheory("buetepage_hh_kinect")]
    [InlineData("ur5e")]
    [InlineData("fr3")]
    public void Retarget_EveryLabelledFollower_WithinLimitsAndTimedAsRecorded(string model)
    {
        var arm = ArmModels.ByName[model];
        var validator = new CommandValidator(arm);
        var interactions = Interactions.Value;
        Assert.Equal(32, interactions.Count);
        var errors = new List<double>();
        foreach (var interaction in interactions)
        {
            var frames = interaction.InteractionFrames(interaction.Follower).ToList();

            var motion = TrajectoryRetargeting.Retarget(arm, frames);

            var (check, point) = validator.CheckTrajectory(motion.Trajectory, arm.Home.ToArray());
            Assert.True(check.IsAccepted, $"{interaction.Name} on {model}, point {point}: {check}");
            Assert.Equal(interaction.StopTime - interaction.StartTime, motion.Trajectory.Duration);
            output.WriteLine($"{interaction.Name,-28} {model} side={motion.Side,-5} points={motion.Trajectory.Points.Count,3} tracked={motion.TrackedFraction:P0} clamped={motion.ClampedFraction:P0} error={motion.MeanTrackingError * 1000:F1} mm");

            // Kinect outliers are held over, not followed; even the noisiest recording keeps half its frames.
            Assert.True(motion.TrackedFraction >= 0.45, $"{interaction.Name}: driving arm usable in only {motion.TrackedFraction:P0} of frames");
            Assert.True(motion.MeanTrackingError < 0.2, $"{interaction.Name}: flange {motion.MeanTrackingError:F3} m from the scaled hand on average");
            errors.Add(motion.MeanTrackingError);
        }

        errors.Sort();
        Assert.True(errors[errors.Count / 2] < 0.06, $"median tracking error {errors[errors.Count / 2]:F3} m");
    }

    [RequiresRecordingsFact("buetepage_hh_kinect")]
    public void Retarget_LeadersToo_WithinLimits()
    {
        var arm = ArmModels.Ur5e;
        var validator = new CommandValidator(arm);
        foreach (var interaction in Interactions.Value)
        {
            var motion = TrajectoryRetargeting.Retarget(arm, interaction.InteractionFrames(interaction.Leader).ToList());

            Assert.True(validator.CheckTrajectory(motion.Trajectory, arm.Home.ToArray()).Check.IsAccepted, interaction.Name);
        }
    }
}
