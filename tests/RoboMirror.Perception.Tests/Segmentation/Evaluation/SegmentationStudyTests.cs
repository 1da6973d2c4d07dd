using RoboMirror.Perception.Datasets.Buetepage;
using RoboMirror.Perception.Datasets.UtKinect;
using RoboMirror.Perception.Segmentation;
using RoboMirror.Perception.Segmentation.Evaluation;
using RoboMirror.Testing;
using Xunit.Abstractions;

namespace RoboMirror.Perception.Tests.Segmentation.Evaluation;

/// <summary>
/// Reproduces the segmentation figures of docs/perception.md, printed to the test output:
/// <c>dotnet test tests/RoboMirror.Perception.Tests --filter SegmentationStudyTests --logger "console;verbosity=detailed"</c>.
/// The default thresholds were chosen on Bütepage pairs 1-2 and UTKinect s01-s05; pairs 3-4 and s06-s10
/// are held out. The bounds are loose: they catch a broken segmenter, not a small change in the figures.
/// </summary>
public sealed class SegmentationStudyTests(ITestOutputHelper output)
{
    // The segmenter as it was before hand drift: energy alone decides (printed for comparison).
    private static readonly SegmenterOptions EnergyOnly = SegmenterOptions.Default with { DriftOnThreshold = float.PositiveInfinity };

    [RequiresRecordingsFact(BuetepageReader.DatasetName)]
    public void Buetepage_LeaderMovement_FindsAlmostEveryInteraction()
    {
        var interactions = BuetepageReader.ReadAll(Recordings.RequireDataset(BuetepageReader.DatasetName));

        var all = SegmentationStudy.Buetepage(interactions);
        var heldOut = SegmentationStudy.Buetepage(interactions.Where(i => i.Pair >= 3));

        output.WriteLine($"Bütepage leader, all 32 interactions: {all.Summary()}");
        output.WriteLine($"Bütepage leader, held-out pairs 3-4: {heldOut.Summary()}");
        output.WriteLine($"Bütepage leader, all 32, energy only: {SegmentationStudy.Buetepage(interactions, EnergyOnly).Summary()}");
        output.WriteLine($"Bütepage leader, held-out pairs 3-4, energy only: {SegmentationStudy.Buetepage(interactions.Where(i => i.Pair >= 3), EnergyOnly).Summary()}");
        Assert.Equal(32, all.Labelled);
        Assert.True(all.MissRate <= 0.2, all.Summary());
        Assert.True(all.OnsetMedianMs < 2000, all.Summary());
    }

    [RequiresRecordingsFact(UtKinectReader.DatasetName)]
    public void UtKinect_ContinuousStreams_FindsMostArmActions()
    {
        var sequences = UtKinectReader.ReadAll(Recordings.RequireDataset(UtKinectReader.DatasetName));
        var heldOut = sequences.Where(s => s.Subject >= 6).ToList();

        var all = SegmentationStudy.UtKinect(sequences);
        var allHeldOut = SegmentationStudy.UtKinect(heldOut);
        var arms = SegmentationStudy.UtKinect(sequences, actions: SegmentationStudy.UtKinectArmActions);
        var armsHeldOut = SegmentationStudy.UtKinect(heldOut, actions: SegmentationStudy.UtKinectArmActions);

        output.WriteLine($"UTKinect, all 199 actions: {all.Summary()}");
        output.WriteLine($"UTKinect, all actions, held-out s06-s10: {allHeldOut.Summary()}");
        output.WriteLine($"UTKinect, arm actions: {arms.Summary()}");
        output.WriteLine($"UTKinect, arm actions, held-out s06-s10: {armsHeldOut.Summary()}");
        output.WriteLine($"UTKinect, all 199 actions, energy only: {SegmentationStudy.UtKinect(sequences, EnergyOnly).Summary()}");
        output.WriteLine($"UTKinect, arm actions, energy only: {SegmentationStudy.UtKinect(sequences, EnergyOnly, SegmentationStudy.UtKinectArmActions).Summary()}");
        Assert.Equal(199, all.Labelled);
        Assert.True(arms.MissRate <= 0.5, arms.Summary());
    }
}
