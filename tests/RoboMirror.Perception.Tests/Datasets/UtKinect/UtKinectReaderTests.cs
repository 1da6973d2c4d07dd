using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Datasets.UtKinect;
using RoboMirror.Perception.Skeleton;
using RoboMirror.Testing;

namespace RoboMirror.Perception.Tests.Datasets.UtKinect;

public sealed class UtKinectReaderTests
{
    private static readonly Lazy<IReadOnlyList<UtKinectSequence>> All =
        new(() => UtKinectReader.ReadAll(Recordings.RequireDataset(UtKinectReader.DatasetName)));

    [RequiresRecordingsFact(UtKinectReader.DatasetName)]
    public void ReadAll_RealData_Gives20SequencesWithTenActionsEachExceptOneNaN()
    {
        var all = All.Value;

        Assert.Equal(20, all.Count);
        Assert.Equal(199, all.Sum(s => s.Actions.Count));
        Assert.Equal(["carry"], all.SelectMany(s => s.UnlabelledActions));
        var rows = all.Sum(s => s.Frames.Count) + all.Sum(s => s.Rejections.Rejected(FrameRejection.DuplicateTimestamp));
        Assert.Equal(15860, rows);
    }

    [RequiresRecordingsFact(UtKinectReader.DatasetName)]
    public void ReadAll_FirstSequence_MatchesParseCheck()
    {
        var s01 = All.Value[0];

        Assert.Equal("s01_e01", s01.Name);
        Assert.Equal(190, s01.FrameIds[0]);
        Assert.Equal(2290, s01.FrameIds[^1]);
        var wave = s01.Actions.Single(a => a.Name == "waveHands");
        Assert.Equal((1834, 2064), (wave.StartFrameId, wave.EndFrameId));
        var rows = s01.FrameIds.Count(id => id >= 1834 && id <= 2064);
        Assert.InRange(rows, 50, 53); // 53 rows in the file, of which duplicated ids are dropped
        Assert.Equal(TimeSpan.FromSeconds(190 / 30.0), s01.Frames[0].Timestamp);
    }

    [RequiresRecordingsFact(UtKinectReader.DatasetName)]
    public void ReadAll_Timestamps_StrictlyIncreaseAndFewRowsFailToCanonicalise()
    {
        foreach (var sequence in All.Value)
        {
            for (var i = 1; i < sequence.Frames.Count; i++)
            {
                Assert.True(sequence.Frames[i].Timestamp > sequence.Frames[i - 1].Timestamp, $"{sequence} row {i}");
            }

            // Kinect v1 collapses the shoulders of a side-on person now and then (under 0.1 m apart); those
            // rows are rejected and counted, and stay in place untracked.
            var failed = sequence.Rejections.TotalRejected - sequence.Rejections.Rejected(FrameRejection.DuplicateTimestamp);
            Assert.Equal(failed, sequence.Rejections.Rejected(FrameRejection.ImplausibleShoulderWidth));
            Assert.True(failed <= sequence.Frames.Count / 20, $"{sequence}: {failed} rows failed to canonicalise");
            Assert.Equal(sequence.Frames.Count - failed, sequence.Frames.Count(f => f.IsTracked(CanonicalJoint.Head)));
        }
    }

    [RequiresRecordingsFact(UtKinectReader.DatasetName)]
    public void ReadAll_CorrectedLabels_DifferInFiveRanges()
    {
        var folder = Recordings.RequireDataset(UtKinectReader.DatasetName);
        var original = All.Value.SelectMany(s => s.Actions.Select(a => (s.Name, a)));
        var corrected = UtKinectReader.ReadAll(folder, correctedLabels: true).SelectMany(s => s.Actions.Select(a => (s.Name, a)));

        Assert.Equal(7, original.Except(corrected).Count());
    }
}
