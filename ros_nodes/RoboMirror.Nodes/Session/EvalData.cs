using RoboMirror.Controller.Session;
using RoboMirror.Controller.Simulation;
using RoboMirror.Hardware.Description;
using RoboMirror.Perception.Datasets.Buetepage;
using RoboMirror.Perception.Datasets.Sbu;
using RoboMirror.Perception.Datasets.UtKinect;
using RoboMirror.Perception.Segmentation;
using RoboMirror.Perception.Segmentation.Evaluation;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Nodes.Session;

/// <summary>One labelled interaction as the evaluation replays it.</summary>
/// <param name="Name">e.g. <c>waving/pair_1_rec_0</c>, <c>utkinect/s01_e01/waveHands</c>, <c>sbu/s01s02/05/001</c>.</param>
/// <param name="Pair">Bütepage pair number (0 for the other datasets, which no model is trained on).</param>
/// <param name="Clip">The leader's clip (labelled start to end with the sim's margin of rest around it).</param>
/// <param name="LabelledStart">The labelled start's time in the recording.</param>
/// <param name="FollowerOnset">
/// The human follower's onset in the recording (<see cref="EvalDataLoader.FollowerOnset"/>): the start of the
/// follower's first segmenter segment still active at or after the labelled start; null when there is none or the
/// recording has no follower (UTKinect).
/// </param>
/// <param name="LeaderOnsetInClip">
/// When the leader starts moving in the replayed clip (relative to the clip's start): the start of the first
/// <see cref="ActivitySegmenter"/> segment of the clip's frames (default options), or null when it has none. The yield
/// probe's reference for "the partner moves again".
/// </param>
/// <param name="Dataset">The dataset the interaction comes from (<c>buetepage_hh_kinect</c>, <c>utkinect_action3d</c>, <c>sbu_kinect_interaction</c>).</param>
/// <param name="Person">Who the leader is, for the report: the Bütepage pair, the UTKinect subject, the SBU set.</param>
/// <param name="LeaderOnset">
/// The leader's onset in the whole recording, by the follower's rule (<see cref="EvalDataLoader.FollowerOnset"/> on the
/// leader's stream), where the recording has a follower; the joint floor (<see cref="EvalJointFloor"/>) compares the two.
/// </param>
internal sealed record EvalInteraction(string Name, int Pair, GestureClip Clip, TimeSpan LabelledStart, TimeSpan? FollowerOnset, TimeSpan? LeaderOnsetInClip = null, string Dataset = BuetepageReader.DatasetName, string? Person = null, TimeSpan? LeaderOnset = null)
{
    /// <summary>Whether a mirror network could have been trained on this interaction's people (only Bütepage's are).</summary>
    public bool IsTrainingData => Dataset == BuetepageReader.DatasetName;
}

/// <summary>The interactions found in a data folder, the robot's answers, and what was left out (with why).</summary>
/// <param name="Folder">The folder the interactions were read from.</param>
/// <param name="BuetepageFolder">The Bütepage <c>data4</c> folder among them, if any (what leave-one-pair-out trains on).</param>
internal sealed record EvalData(string Folder, IReadOnlyList<EvalInteraction> Interactions, AnswerRepertoire Answers, IReadOnlyList<string> Notes, string? BuetepageFolder = null);

/// <summary>Thrown when a data folder holds no labelled interaction to replay.</summary>
internal sealed class EvalDataException(string message) : Exception(message);

/// <summary>
/// Finds the labelled interactions in a folder: Bütepage's (laid out as <c>buetepage_hh_kinect</c>: the folder itself,
/// its <c>data4</c>, or a <c>buetepage_hh_kinect/data4</c> inside it; annotated interactions whose two files are absent,
/// as in a copy with a subset of pairs, are skipped), UTKinect-Action3D's continuous streams (the folder itself or a
/// <c>utkinect_action3d</c> inside it: every labelled action of every stream, with what the person did just before and
/// after as the margins) and SBU's pre-cut two-person clips (the folder itself or a <c>sbu_kinect_interaction</c> inside
/// it: person A of each clip leads, person B follows; the clip's first and last frames are held as the margins). A
/// folder holding several of them (e.g. <c>shared/data</c>) gives all.
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

        var notes = new List<string>();
        var replayed = new List<EvalInteraction>();
        var buetepage = FindBuetepage(folder);
        var buetepageInteractions = new List<BuetepageInteraction>();
        if (buetepage is not null)
        {
            foreach (var annotation in BuetepageAnnotation.ParseFile(Path.Combine(buetepage, "annotation.txt")))
            {
                if (File.Exists(Path.Combine(buetepage, annotation.RelativePath(1))) && File.Exists(Path.Combine(buetepage, annotation.RelativePath(2))))
                {
                    buetepageInteractions.Add(BuetepageReader.Read(buetepage, annotation));
                }
            }

            foreach (var interaction in buetepageInteractions)
            {
                var clip = RecordedGestures.Clip(interaction.Leader.Frames, interaction.StartTime, interaction.StopTime, BuetepageGestures.Folder(interaction.Gesture), $"buetepage {interaction.Name} leader");
                if (clip is null)
                {
                    notes.Add($"{interaction.Name} left out: no usable leader clip (3D frames around the annotated start and stop)");
                    continue;
                }

                replayed.Add(new EvalInteraction(interaction.Name, interaction.Pair, clip, interaction.StartTime, FollowerOnset(interaction.Follower.Frames, interaction.StartTime), MotionOnset(clip), BuetepageReader.DatasetName, $"pair_{interaction.Pair}", FollowerOnset(interaction.Leader.Frames, interaction.StartTime)));
            }
        }

        if (FindFolder(folder, UtKinectReader.DatasetName, f => File.Exists(Path.Combine(f, "actionLabel.txt"))) is { } utkinect)
        {
            foreach (var sequence in UtKinectReader.ReadAll(utkinect))
            {
                foreach (var action in sequence.Actions)
                {
                    var name = $"utkinect/{sequence.Name}/{action.Name}";
                    var clip = RecordedGestures.Clip(sequence.Frames, action.Start, action.End, action.Name, $"utkinect {sequence.Name} {action.Name}");
                    if (clip is null)
                    {
                        notes.Add($"{name} left out: fewer than two 3D frames around its labels");
                        continue;
                    }

                    replayed.Add(new EvalInteraction(name, 0, clip, action.Start, FollowerOnset: null, MotionOnset(clip), UtKinectReader.DatasetName, sequence.SubjectKey));
                }
            }
        }

        if (FindFolder(folder, SbuReader.DatasetName, f => Directory.EnumerateDirectories(f, "s0*s0*").Any()) is { } sbu)
        {
            foreach (var sbuClip in SbuReader.ReadAll(sbu))
            {
                var name = $"sbu/{sbuClip.Name}";
                var leader = sbuClip.Persons[0];
                if (leader.Count < 2)
                {
                    notes.Add($"{name} left out: fewer than two frames");
                    continue;
                }

                var start = leader[0].Timestamp;
                var end = leader[^1].Timestamp;
                var clip = RecordedGestures.Clip(leader, start, end, sbuClip.Interaction.ToString().ToLowerInvariant(), $"sbu {sbuClip.Name} person A");
                if (clip is null)
                {
                    notes.Add($"{name} left out: fewer than two 3D frames");
                    continue;
                }

                replayed.Add(new EvalInteraction(name, 0, clip, start, FollowerOnset(sbuClip.Persons[1], start), MotionOnset(clip), SbuReader.DatasetName, sbuClip.Set, FollowerOnset(leader, start)));
            }
        }

        if (replayed.Count == 0)
        {
            throw new EvalDataException(
                $"No labelled interactions in '{folder}': no Bütepage annotation.txt with its recordings in it, in its data4 folder or in {BuetepageReader.DatasetName}/data4 "
                + $"(the layout of buetepage_hh_kinect, docs/perception.md), no UTKinect actionLabel.txt in it or in {UtKinectReader.DatasetName}, no SBU set folders in it or in {SbuReader.DatasetName}"
                + (notes.Count > 0 ? " (" + string.Join("; ", notes) + ")" : string.Empty) + ".");
        }

        var movements = RecordedGestures.FollowerMovements(buetepageInteractions);
        var answers = movements.Count == AnswerIds.All.Count
            ? AnswerRepertoire.FromMovements(ArmModels.Ur5e, movements, "buetepage follower")
            : AnswerRepertoire.Synthetic(ArmModels.Ur5e, seed);
        if (movements.Count != AnswerIds.All.Count)
        {
            notes.Add($"the folder's Bütepage followers cover {movements.Count} of the {AnswerIds.All.Count} answers: the robot answers with the synthetic repertoire");
        }

        return new EvalData(buetepage ?? folder, replayed, answers, notes, buetepage);
    }

    private static string? FindBuetepage(string folder)
    {
        var candidates = new[] { folder, Path.Combine(folder, "data4"), Path.Combine(folder, BuetepageReader.DatasetName, "data4") };
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "annotation.txt")));
    }

    private static string? FindFolder(string folder, string datasetName, Func<string, bool> looksRight)
    {
        foreach (var candidate in new[] { folder, Path.Combine(folder, datasetName) })
        {
            if (Directory.Exists(candidate) && looksRight(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>When a clip's person starts moving, relative to the clip's start: the start of its first segmenter segment.</summary>
    public static TimeSpan? MotionOnset(GestureClip clip)
    {
        ArgumentNullException.ThrowIfNull(clip);
        var segments = ActivitySegmenter.Segment(SegmentationStudy.ActivitySeries(clip.Frames));
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
    public static TimeSpan? FollowerOnset(IReadOnlyList<CanonicalSkeleton> follower, TimeSpan labelledStart)
    {
        ArgumentNullException.ThrowIfNull(follower);
        var segments = ActivitySegmenter.Segment(SegmentationStudy.ActivitySeries(follower));
        foreach (var segment in segments)
        {
            if (segment.End >= labelledStart)
            {
                return segment.Start;
            }
        }

        return null;
    }
}
