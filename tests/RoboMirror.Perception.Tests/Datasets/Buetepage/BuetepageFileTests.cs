using System.Globalization;
using RoboMirror.Perception.Datasets;
using RoboMirror.Perception.Datasets.Buetepage;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Tests.Datasets.Buetepage;

public sealed class BuetepageFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("buetepage-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A row in the file's own frame (mm, left-handed): a person at x ~ 600 facing -x, left arm either real or a hanging placeholder.</summary>
    private static string Row(int frame, bool placeholderLeftArm)
    {
        var swing = 40f * MathF.Sin(frame * 0.3f);
        float[][] joints =
        [
            [630, -110, 1570],                       // torso
            [650, 255, 1620],                        // head
            [650, 40, 1740],                         // right shoulder (far from the camera)
            [690, 60, 1440],                         // left shoulder
            [500, -120, 1790 + swing],               // right elbow
            placeholderLeftArm ? [690, -231, 1440] : [670, -110, 1320 + swing],
            [390, 10, 1780 + swing],                 // right hand
            placeholderLeftArm ? [690, -522, 1440] : [620, -400, 1230 + swing],
        ];
        return "0.0333 8 " + string.Join(' ', joints.SelectMany(j => j).Select(v => v.ToString(CultureInfo.InvariantCulture)));
    }

    private string WriteFile(bool placeholderLeftArm, int frames = 30)
    {
        var path = Path.Combine(_folder, "pair_9_rec_0_user_1.txt");
        File.WriteAllLines(path, Enumerable.Range(0, frames).Select(f => Row(f, placeholderLeftArm)));
        return path;
    }

    [Fact]
    public void Convert_PlaceholderLeftArm_MarksElbowAndHandUntrackedShoulderHalf()
    {
        var person = BuetepageReader.Convert(BuetepageFile.Read(WriteFile(placeholderLeftArm: true)), 1);

        Assert.True(person.LeftArmUntracked);
        Assert.False(person.RightArmUntracked);
        var frame = person.Frames[10];
        Assert.False(frame.IsTracked(CanonicalJoint.LeftHand));
        Assert.False(frame.IsTracked(CanonicalJoint.LeftElbow));
        Assert.Equal(0.5f, frame.Confidence(CanonicalJoint.LeftShoulder));
        Assert.True(frame.IsTracked(CanonicalJoint.RightHand));
    }

    [Fact]
    public void Convert_RealArms_BothTrackedAndTimestampsAddUp()
    {
        var person = BuetepageReader.Convert(BuetepageFile.Read(WriteFile(placeholderLeftArm: false)), 2);

        Assert.False(person.LeftArmUntracked);
        Assert.True(person.Frames[5].IsTracked(CanonicalJoint.LeftHand));
        Assert.Equal(TimeSpan.Zero, person.Frames[0].Timestamp);
        Assert.Equal(29 * 0.0333, person.Frames[29].Timestamp.TotalSeconds, 6);
        Assert.Equal("user_2", person.Frames[0].PersonId);
    }

    [Fact]
    public void Read_TruncatedLastLine_NamesFileAndLine()
    {
        var path = WriteFile(placeholderLeftArm: false, frames: 3);
        File.AppendAllText(path, "0.0333 8 1 2 3\n");

        var error = Assert.Throws<DatasetFormatException>(() => BuetepageFile.Read(path));

        Assert.Equal(4, error.Line);
        Assert.Contains("5 fields", error.Message, StringComparison.Ordinal);
    }
}
