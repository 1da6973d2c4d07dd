using RoboMirror.Perception.Datasets.Buetepage;
using RoboMirror.Perception.Datasets.Sbu;
using RoboMirror.Perception.Datasets.UtKinect;
using RoboMirror.Perception.Datasets.Splits;
using RoboMirror.Testing;

namespace RoboMirror.Perception.Tests.Datasets.Splits;

public sealed class PersonFoldsTests
{
    [Fact]
    public void LeaveOneOut_ItemWithTwoPeople_IsTestedInBothFoldsAndTrainedInNeither()
    {
        (string Name, string[] People)[] items = [("ab", ["a", "b"]), ("ac", ["a", "c"]), ("bc", ["b", "c"])];

        var folds = PersonFolds.LeaveOneOut(items, i => i.People);

        Assert.Equal(["a", "b", "c"], folds.Select(f => f.HeldOut));
        var a = folds[0];
        Assert.Equal(["ab", "ac"], a.Test.Select(i => i.Name));
        Assert.Equal(["bc"], a.Train.Select(i => i.Name));
        Assert.All(folds, f => Assert.Empty(f.Train.Intersect(f.Test)));
    }

    [RequiresRecordingsFact(BuetepageReader.DatasetName)]
    public void LeaveOnePairOut_Buetepage_FourFoldsOfEightInteractions()
    {
        var interactions = BuetepageReader.ReadAll(Recordings.RequireDataset(BuetepageReader.DatasetName));

        var folds = PersonFolds.LeaveOnePairOut(interactions);

        Assert.Equal(["pair_1", "pair_2", "pair_3", "pair_4"], folds.Select(f => f.HeldOut));
        Assert.All(folds, f =>
        {
            Assert.Equal(8, f.Test.Count);
            Assert.Equal(24, f.Train.Count);
            Assert.DoesNotContain(f.Train, i => i.PairKey == f.HeldOut);
        });
    }

    [RequiresRecordingsFact(SbuReader.DatasetName)]
    public void LeaveOneSubjectOut_Sbu_SevenFoldsNoSubjectInItsOwnTraining()
    {
        var clips = SbuReader.ReadAll(Recordings.RequireDataset(SbuReader.DatasetName));

        var folds = PersonFolds.LeaveOneSubjectOut(clips);

        Assert.Equal(7, folds.Count);
        Assert.All(folds, f => Assert.DoesNotContain(f.Train, c => c.Subjects.Contains(f.HeldOut)));
        Assert.All(folds, f => Assert.All(f.Test, c => Assert.Contains(f.HeldOut, c.Subjects)));
    }

    [RequiresRecordingsFact(UtKinectReader.DatasetName)]
    public void LeaveOneSubjectOut_UtKinect_TenFoldsOfBothTakes()
    {
        var sequences = UtKinectReader.ReadAll(Recordings.RequireDataset(UtKinectReader.DatasetName));

        var folds = PersonFolds.LeaveOneSubjectOut(sequences);

        Assert.Equal(10, folds.Count);
        Assert.All(folds, f => Assert.Equal(2, f.Test.Count));
    }
}
