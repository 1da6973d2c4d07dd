using RoboMirror.Controller.Session;
using RoboMirror.Controller.Simulation;
using RoboMirror.Hardware.Description;
using RoboMirror.Perception.Datasets;
using RoboMirror.Perception.Datasets.Buetepage;

namespace RoboMirror.Nodes.Session;

/// <summary>What the simulated partner performs and what the robot answers with, and where both come from.</summary>
/// <param name="Clips">The partner's gesture clips.</param>
/// <param name="Answers">The robot's answer trajectories.</param>
/// <param name="Source">"recordings" or "synthetic": what was actually used.</param>
/// <param name="Note">Why the synthetic generator was used although recordings were asked for; null otherwise.</param>
internal sealed record PartnerMaterial(IReadOnlyList<GestureClip> Clips, AnswerRepertoire Answers, string Source, string? Note);

/// <summary>
/// Loads the partner's gestures: the leaders' side of the Bütepage recordings (and the followers' side as
/// the robot's answers), or, when they are absent or synthetic ones are asked for, the documented
/// synthetic generator (<see cref="SyntheticGestures"/>).
/// </summary>
internal static class PartnerSources
{
    /// <summary>The accepted values of the partner source.</summary>
    public static IReadOnlyList<string> Names { get; } = ["recordings", "synthetic"];

    /// <summary>Synthetic clips per gesture (each with its own random tempo).</summary>
    public const int SyntheticVariants = 4;

    /// <summary>Loads the material; <paramref name="dataFolder"/> overrides $ROBOMIRROR_DATA and the shared/data search.</summary>
    public static PartnerMaterial Load(string source, string? dataFolder, int seed, ArmDescription arm)
    {
        if (!Names.Contains(source))
        {
            throw new ArgumentException($"Unknown partner source '{source}'; use one of: {string.Join(", ", Names)}.", nameof(source));
        }

        if (source == "recordings")
        {
            var root = RecordingsFolder.Find(string.IsNullOrWhiteSpace(dataFolder) ? Environment.GetEnvironmentVariable(RecordingsFolder.Variable) : dataFolder, out var reason);
            var folder = root is null ? null : Path.Combine(root, BuetepageReader.DatasetName);
            if (folder is not null && Directory.Exists(folder))
            {
                var interactions = BuetepageReader.ReadAll(folder);
                var movements = RecordedGestures.FollowerMovements(interactions);
                var answers = movements.Count == AnswerIds.All.Count
                    ? AnswerRepertoire.FromMovements(arm, movements, "buetepage follower")
                    : AnswerRepertoire.Synthetic(arm, seed);
                return new PartnerMaterial(RecordedGestures.LeaderClips(interactions), answers, "recordings", null);
            }

            var why = root is null ? reason : $"{folder} does not exist";
            return Synthetic(seed, arm, $"no recordings ({why}): the partner plays synthetic gestures (minimum-jerk waving, shaking, fist bump; docs/controller.md)");
        }

        return Synthetic(seed, arm, null);
    }

    private static PartnerMaterial Synthetic(int seed, ArmDescription arm, string? note)
    {
        var random = new Random(seed);
        var clips = new List<GestureClip>();
        foreach (var gesture in SyntheticGestures.Names)
        {
            for (var i = 0; i < SyntheticVariants; i++)
            {
                clips.Add(SyntheticGestures.Create(gesture, random));
            }
        }

        return new PartnerMaterial(clips, AnswerRepertoire.Synthetic(arm, seed), "synthetic", note);
    }
}
