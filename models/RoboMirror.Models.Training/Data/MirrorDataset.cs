using RoboMirror.Hardware.Description;
using RoboMirror.Perception.Datasets.Buetepage;

namespace RoboMirror.Models.Training.Data;

/// <summary>The Bütepage interactions read from the recordings and put on the model's grid.</summary>
internal static class MirrorDataset
{
    /// <summary>
    /// Reads every annotated interaction under <paramref name="buetepageFolder"/> and resamples the leaders;
    /// with an <paramref name="arm"/>, also retargets each follower onto it (the robot's own motor commands).
    /// </summary>
    public static IReadOnlyList<InteractionGrid> Load(string buetepageFolder, double rateHz, IReadOnlyList<string> labels, ArmDescription? arm = null) =>
        BuetepageReader.ReadAll(buetepageFolder)
            .Select(interaction => InteractionGrid.From(interaction, rateHz, labels, arm))
            .ToList();
}
