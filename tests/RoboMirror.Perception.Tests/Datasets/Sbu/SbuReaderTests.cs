using System.Numerics;
using RoboMirror.Perception.Datasets;
using RoboMirror.Perception.Datasets.Sbu;
using RoboMirror.Perception.Skeleton;
using RoboMirror.Testing;

namespace RoboMirror.Perception.Tests.Datasets.Sbu;

public sealed class SbuReaderTests
{
    private static readonly Lazy<IReadOnlyList<SbuClip>> All =
        new(() => SbuReader.ReadAll(Recordings.RequireDataset(SbuReader.DatasetName)));

    [RequiresRecordingsFact(SbuReader.DatasetName)]
    public void ReadAll_RealData_Gives282ClipsOf8ClassesAnd7Subjects()
    {
        var all = All.Value;

        Assert.Equal(282, all.Count);
        Assert.Equal(6822, all.Sum(c => c.FrameCount));
        Assert.Equal(18, all.Count(c => c.Interaction == SbuInteraction.ShakingHands));
        Assert.Equal(7, all.SelectMany(c => c.Subjects).Distinct().Count());
        Assert.All(all, c => Assert.Equal(2, c.Persons.Count));
    }

    [RequiresRecordingsFact(SbuReader.DatasetName)]
    public void ReadClip_ParseCheck_45FramesAt15Hz()
    {
        var clip = All.Value.Single(c => c.Name == "s01s02/01/001");

        Assert.Equal(45, clip.FrameCount);
        Assert.Equal(55, clip.FrameIds[0]);
        Assert.Equal(TimeSpan.FromSeconds(44 / 15.0), clip.Persons[0][^1].Timestamp);
        Assert.Equal(SbuInteraction.Approaching, clip.Interaction);
    }

    [RequiresRecordingsFact(SbuReader.DatasetName)]
    public void ReadAll_ConvertedToMillimetres_ShoulderWidthsAreHuman()
    {
        var widths = All.Value.SelectMany(c => c.Persons).SelectMany(p => p)
            .Where(s => s.IsTracked(CanonicalJoint.LeftShoulder))
            .Select(s => s.Frame.Scale).Order().ToList();

        Assert.InRange(widths[widths.Count / 2], 0.25f, 0.40f);
    }

    [RequiresRecordingsFact(SbuReader.DatasetName)]
    public void ReadAll_Handshakes_RightHandsMeetInMostClips()
    {
        // Tracking in SBU is noisy (in a few clips the hands never come close), so the check is that the
        // right hands come closer than the left hands in most handshake clips.
        var clips = All.Value.Where(c => c.Interaction == SbuInteraction.ShakingHands).ToList();

        var rightCloser = clips.Count(c => Closest(c, CanonicalJoint.RightHand) < Closest(c, CanonicalJoint.LeftHand));

        Assert.True(rightCloser >= clips.Count - 2, $"right hands closer in {rightCloser} of {clips.Count} clips");

        static float Closest(SbuClip clip, CanonicalJoint hand) => Enumerable.Range(0, clip.FrameCount)
            .Min(f => Vector3.Distance(InSource(clip.Persons[0][f], hand), InSource(clip.Persons[1][f], hand)));

        static Vector3 InSource(CanonicalSkeleton s, CanonicalJoint hand) => s.Frame.ToSource(s.Position(hand));
    }

    [Fact]
    public void ReadClip_WrongColumnCount_NamesFileAndLine()
    {
        var folder = Directory.CreateTempSubdirectory("sbu-").FullName;
        try
        {
            var clipFolder = Directory.CreateDirectory(Path.Combine(folder, "s01s02", "05", "001")).FullName;
            var path = Path.Combine(clipFolder, "skeleton_pos.txt");
            File.WriteAllLines(path, ["1," + string.Join(',', Enumerable.Repeat("0.5", 89))]);

            var error = Assert.Throws<DatasetFormatException>(() => SbuReader.ReadClip(path));

            Assert.Equal(1, error.Line);
            Assert.Contains("91 comma-separated values", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
