using RoboMirror.Controller.Session;
using RoboMirror.Controller.Simulation;
using RoboMirror.Hardware.Description;
using RoboMirror.Perception.Datasets.Buetepage;
using RoboMirror.Perception.Segmentation;
using RoboMirror.Perception.Segmentation.Evaluation;

namespace RoboMirror.Nodes.Session;

/// <summary>One labelled interaction as the evaluation replays it.</summary>
/// <param name="Name">e.g. <c>waving/pair_1_rec_0</c>.</param>
/// <param name="Pair">Bütepage pair number.</param>
/// <param name="Clip">The leader's clip (annotated start to stop with the sim's margin of rest around it).</param>
/// <param name="LabelledStart">The annotated start frame's time in the recording.</param>
/// <param name="FollowerOnset">
/// The human follower's onset in the recording (<see cref="EvalDataLoader.FollowerOnset"/>): the start of the
/// follower's first segmenter segment still active at or after the annotated start frame; null when there is none.
/// </param>
/// <param name="LeaderOnsetInClip">
/// When the leader starts moving in the replayed clip (relative to the clip's start): the start of the first
/// <see cref="ActivitySegmenter"/> segment of the clip's frames (default options), or null when it has none. The yield
/// probe's reference for "the partner moves again".
/// </param>
internal sealed record EvalInteraction(string Name, int Pair, GestureClip Clip, TimeSpan LabelledStart, TimeSpan? FollowerOnset, TimeSpan? LeaderOnsetInClip = null);

/// <summary>The interactions found in a data folder, the robot's answers, and what was left out (with why).</summary>
internal sealed record EvalData(string Folder, IReadOnlyList<EvalInteraction> Interactions, AnswerRepertoire Answers, IReadOnlyList<string> Notes);

/// <summary>Thrown when a data folder holds no labelled interaction to replay.</summary>
internal sealed class EvalDataException(string message) : Exception(message);

/// <summary>
/// Finds the labelled Bütepage interactions in a folder laid out as <c>buetepage_hh_kinect</c>: the folder
/// itself, its <c>data4</c>, or a <c>buetepage_hh_kinect/data4</c> inside it. Annotated interactions whose two
/// files are absent (a copy with a subset of pairs) are skipped.
/// </summary>
internal static class EvalDataLoader
{
    public static EvalData Load(string folder, int seed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new EvalDataException($"The data folder '{folder}' does not exist.");
        }

        var candidates = new[] { folder, Path.Combine(folder, "data4"), Path.Combine(folder, BuetepageReader.DatasetName, "data4") };
        var data4 = candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "annotation.txt")))
            ?? throw new EvalDataException($"No labelled interactions in '{folder}': no Bütepage annotation.txt in it, in its data4 folder or in {BuetepageReader.DatasetName}/data4 (the layout of buetepage_hh_kinect, docs/perception.md).");
        var notes = new List<string>();
        var interactions = new List<BuetepageInteraction>();
        foreach (var annotation in BuetepageAnnotation.ParseFile(Path.Combine(data4, "annotation.txt")))
        {
            if (File.Exists(Path.Combine(data4, annotation.RelativePath(1))) && File.Exists(Path.Combine(data4, annotation.RelativePath(2))))
            {
                interactions.Add(BuetepageReader.Read(data4, annotation));
            }
        }

        var replayed = new List<EvalInteraction>();
        foreach (var interaction in interactions)
        {
            GestureClip clip;
            try
            {
                clip = RecordedGestures.LeaderClips([interaction])[0];
            }
            catch (ArgumentException e)
            {
                notes.Add($"{interaction.Name} left out: {e.Message}");
                continue;
            }

            replayed.Add(new EvalInteraction(interaction.Name, interaction.Pair, clip, interaction.StartTime, FollowerOnset(interaction), MotionOnset(clip)));
        }

        if (replayed.Count == 0)
        {
            throw new EvalDataException($"No labelled interactions in '{folder}': {data4}/annotation.txt lists none whose two recording files are present{(notes.Count > 0 ? " and usable (" + string.Join("; ", notes) + ")" : string.Empty)}.");
        }

        var movements = RecordedGestures.FollowerMovements(interactions);
        var answers = movements.Count == AnswerIds.All.Count
            ? AnswerRepertoire.FromMovements(ArmModels.Ur5e, movements, "buetepage follower")
            : AnswerRepertoire.Synthetic(ArmModels.Ur5e, seed);
        if (movements.Count != AnswerIds.All.Count)
        {
            notes.Add($"the folder's followers cover {movements.Count} of the {AnswerIds.All.Count} answers: the robot answers with the synthetic repertoire");
        }

        return new EvalData(data4, replayed, answers, notes);
    }

    /// <summary>When a clip's person starts moving, relative to the clip's start: the start of its first segmenter segment.</summary>
    public static TimeSpan? MotionOnset(GestureClip clip)
    {
        ArgumentNullException.ThrowIfNull(clip);
        var segments = ActivitySegmenter.Segment(SegmentationStudy.EnergySeries(clip.Frames));
        return segments.Count > 0 ? segments[0].Start : null;
    }

    /// <summary>
    /// The follower's onset (recording time): the start of the first <see cref="ActivitySegmenter"/> segment
    /// (default options, the follower's own stream through the perception pipeline) that is still active at or
    /// begins after the annotated start frame; null when there is none. Where the follower starts after the
    /// start frame this is the first start at or after it; the start may also precede the frame: in 13 of the 32
    /// Bütepage recordings the follower is already moving when the interaction is annotated to begin, and a
    /// strict "first start at or after the start frame" would then find none or a later, unrelated one.
    /// </summary>
    public static TimeSpan? FollowerOnset(BuetepageInteraction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var segments = ActivitySegmenter.Segment(SegmentationStudy.EnergySeries(interaction.Follower.Frames));
        foreach (var segment in segments)
        {
            if (segment.End >= interaction.StartTime)
            {
                return segment.Start;
            }
        }

        return null;
    }
}
