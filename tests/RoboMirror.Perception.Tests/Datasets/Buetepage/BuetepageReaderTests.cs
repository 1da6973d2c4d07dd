using System.Numerics;
using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Datasets;
using RoboMirror.Perception.Datasets.Buetepage;
using RoboMirror.Perception.Skeleton;
using RoboMirror.Testing;

namespace RoboMirror.Perception.Tests.Datasets.Buetepage;

public sealed class BuetepageReaderTests
{
    private static readonly Lazy<IReadOnlyList<BuetepageInteraction>> All =
        new(() => BuetepageReader.ReadAll(Recordings.RequireDataset(BuetepageReader.DatasetName)));

    [RequiresRecordingsFact(BuetepageReader.DatasetName)]
    public void ReadAll_RealData_Gives32AnnotatedInteractionsOfPairs1To4()
    {
        var all = All.Value;

        Assert.Equal(32, all.Count);
        Assert.Equal([1, 2, 3, 4], all.Select(i => i.Pair).Distinct().Order());
        Assert.All(Enum.GetValues<BuetepageGesture>(), g => Assert.Equal(8, all.Count(i => i.Gesture == g)));
    }

    [RequiresRecordingsFact(BuetepageReader.DatasetName)]
    public void ReadAll_FirstWaving_MatchesTheDatasetsParseCheck()
    {
        var waving = All.Value.Single(i => i.Name == "waving/pair_1_rec_0");

        Assert.Equal(289, waving.FrameCount);
        Assert.Equal(29, waving.StartFrame);
        Assert.Equal(270, waving.StopFrame);
        Assert.Equal(0, waving.LeaderIndex);
        Assert.Same(waving.Persons[0], waving.Leader);
        Assert.Equal(2, waving.Follower.User);
        Assert.Equal(242, waving.InteractionFrames(waving.Leader).Count());
    }

    [RequiresRecordingsFact(BuetepageReader.DatasetName)]
    public void ReadAll_BothPersons_AreFrameSynchronousWithIncreasingTimestampsNearThirtyHertz()
    {
        foreach (var interaction in All.Value)
        {
            var a = interaction.Persons[0].Frames;
            var b = interaction.Persons[1].Frames;
            Assert.Equal(a.Count, b.Count);
            Assert.Equal(TimeSpan.Zero, a[0].Timestamp);
            for (var i = 1; i < a.Count; i++)
            {
                Assert.True(a[i].Timestamp > a[i - 1].Timestamp, $"{interaction}: time does not advance at frame {i}");
                Assert.Equal(a[i].Timestamp, b[i].Timestamp);
            }

            var rate = (a.Count - 1) / a[^1].Timestamp.TotalSeconds;
            Assert.InRange(rate, 25, 35);
        }
    }

    [RequiresRecordingsFact(BuetepageReader.DatasetName)]
    public void ReadAll_CollapsedShoulderGlitches_AreRejectedCountedAndKeptInPlaceAsEmptyFrames()
    {
        // Kinect sometimes collapses both shoulders onto one point for a few frames (pair 1, user_2):
        // those frames cannot give a body frame; they stay in place, untracked, and are counted.
        var persons = All.Value.SelectMany(i => i.Persons).ToList();
        var frames = persons.Sum(p => p.Frames.Count);
        var rejected = persons.Sum(p => p.Rejections.TotalRejected);
        var empty = persons.Sum(p => p.Frames.Count(f => !f.IsTracked(CanonicalJoint.LeftShoulder)));

        Assert.InRange(rejected, 1, frames / 500);
        Assert.Equal(rejected, persons.Sum(p => p.Rejections.Rejected(FrameRejection.ImplausibleShoulderWidth)));
        Assert.Equal(rejected, empty);
    }

    [RequiresRecordingsFact(BuetepageReader.DatasetName)]
    public void ReadAll_User1OfPairs3And4_HasUntrackedLeftArmAndNoOneElseHas()
    {
        foreach (var interaction in All.Value)
        {
            var expected = interaction.Pair >= 3;
            Assert.True(expected == interaction.Persons[0].LeftArmUntracked, $"{interaction} user_1");
            Assert.False(interaction.Persons[1].LeftArmUntracked, $"{interaction} user_2");
            Assert.False(interaction.Persons[0].RightArmUntracked || interaction.Persons[1].RightArmUntracked, $"{interaction}");
            var frame = interaction.Persons[0].Frames[interaction.StartFrame];
            Assert.Equal(expected, !frame.IsTracked(CanonicalJoint.LeftHand));
            Assert.Equal(expected, !frame.IsTracked(CanonicalJoint.LeftElbow));
            Assert.True(frame.IsTracked(CanonicalJoint.LeftShoulder));
        }
    }

    [RequiresRecordingsFact(BuetepageReader.DatasetName)]
    public void ReadAll_Handshakes_RightHandsMeet()
    {
        // People shake right hands; if left and right were swapped, the closest hands would be the left ones.
        foreach (var interaction in All.Value.Where(i => i.Gesture == BuetepageGesture.Shaking))
        {
            var closest = Enumerable.Range(interaction.StartFrame, interaction.StopFrame - interaction.StartFrame + 1)
                .Min(f => Vector3.Distance(HandInSource(interaction, 0, f), HandInSource(interaction, 1, f)));
            Assert.True(closest < 0.15f, $"{interaction}: right hands never closer than {closest:F3} m");
        }
    }

    [RequiresRecordingsFact(BuetepageReader.DatasetName)]
    public void ReadAll_ForwardAxis_PointsAtThePartnerInAlmostEveryFrame()
    {
        long toward = 0, total = 0;
        foreach (var interaction in All.Value)
        {
            for (var f = 0; f < interaction.FrameCount; f++)
            {
                for (var p = 0; p < 2; p++)
                {
                    var self = interaction.Persons[p].Frames[f].Frame;
                    var other = interaction.Persons[1 - p].Frames[f].Frame;
                    var forward = Vector3.Transform(Vector3.UnitX, self.Orientation);
                    toward += Vector3.Dot(forward, other.Origin - self.Origin) > 0f ? 1 : 0;
                    total++;
                }
            }
        }

        Assert.True(toward > 0.98 * total, $"forward points at the partner in {toward} of {total} frames");
    }

    [Fact]
    public void ParseAnnotation_MalformedLine_NamesFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"annotation-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(path, ["w 1 0 29 270 0", "w 1 one 29 270 0"]);
        try
        {
            var error = Assert.Throws<DatasetFormatException>(() => BuetepageAnnotation.ParseFile(path));

            Assert.Equal(2, error.Line);
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Vector3 HandInSource(BuetepageInteraction interaction, int person, int frame)
    {
        var skeleton = interaction.Persons[person].Frames[frame];
        return skeleton.Frame.ToSource(skeleton.Position(CanonicalJoint.RightHand));
    }
}
