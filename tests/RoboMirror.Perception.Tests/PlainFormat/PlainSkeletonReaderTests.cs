using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Datasets;
using RoboMirror.Perception.PlainFormat;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Tests.PlainFormat;

public sealed class PlainSkeletonReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("plain-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The first ```csv block of docs/skeleton-plain-format.md, so that the docs stay true.</summary>
    internal static string DocsExample()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "docs", "skeleton-plain-format.md")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var text = File.ReadAllText(Path.Combine(dir.FullName, "docs", "skeleton-plain-format.md"));
        var start = text.IndexOf("```csv\n", StringComparison.Ordinal) + "```csv\n".Length;
        return text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
    }

    private string Write(string content)
    {
        var path = Path.Combine(_folder, "recording.csv");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Read_DocsWorkedExample_ReadsAsDocumented()
    {
        var recording = PlainSkeletonReader.Read(Write(DocsExample()));

        Assert.Equal(SkeletonSpace.Body3D, recording.Space);
        Assert.Equal(4, recording.Frames.Count);
        Assert.Equal(["p1", "p2"], recording.Frames.Select(f => f.PersonId).Distinct());
        Assert.Equal(1, recording.Rejections.Rejected(FrameRejection.NonFinite));
        var segment = Assert.Single(recording.Segments);
        Assert.Equal(("p1", "wave"), (segment.PersonId, segment.Label));
        Assert.Equal(TimeSpan.FromSeconds(0.033), segment.Span.Start);
        Assert.Equal(TimeSpan.FromSeconds(0.067), segment.Span.End);
        var hand = recording.Frames[2].Position(CanonicalJoint.RightHand);
        Assert.Equal(0.56f, hand.X, 2);
        Assert.Equal(-0.89f, hand.Y, 2);
        Assert.Equal(0.42f, hand.Z, 2);
        Assert.Equal(0.8f, recording.Frames[2].Confidence(CanonicalJoint.RightHand));
        Assert.False(recording.Frames[0].IsTracked(CanonicalJoint.Neck));
    }

    [Fact]
    public void Read_HeaderWithoutZ_Is2D()
    {
        var recording = PlainSkeletonReader.Read(Write(
            "time,head_x,head_y,head_c,left_shoulder_x,left_shoulder_y,left_shoulder_c,right_shoulder_x,right_shoulder_y,right_shoulder_c\n"
            + "0,0.5,0.2,1,0.6,0.3,1,0.4,0.3,1\n"));

        Assert.Equal(SkeletonSpace.Image2D, recording.Space);
        Assert.Equal(0.5f, Assert.Single(recording.Frames).PlanarPosition(CanonicalJoint.LeftShoulder).X, 4);
    }

    [Fact]
    public void Read_WrongFieldCount_NamesFileAndLine()
    {
        var path = Write("# provenance\ntime,left_shoulder_x,left_shoulder_y,left_shoulder_z,right_shoulder_x,right_shoulder_y,right_shoulder_z\n0,1,2,3,4,5,6\n0.1,1,2\n");

        var error = Assert.Throws<DatasetFormatException>(() => PlainSkeletonReader.Read(path));

        Assert.Equal(4, error.Line);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("7 comma-separated fields", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownJointColumn_NamesIt()
    {
        var error = Assert.Throws<DatasetFormatException>(() => PlainSkeletonReader.Read(Write("time,left_foot_x\n")));

        Assert.Contains("left_foot_x", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Read_NoShoulderColumns_SaysTheBodyFrameNeedsThem()
    {
        var error = Assert.Throws<DatasetFormatException>(() => PlainSkeletonReader.Read(Write("time,head_x,head_y,head_z\n")));

        Assert.Contains("left_shoulder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextInNumberColumn_NamesLineAndColumn()
    {
        var path = Write("time,left_shoulder_x,left_shoulder_y,right_shoulder_x,right_shoulder_y,head_x,head_y\nzero,0.6,0.3,0.4,0.3,0.5,0.2\n");

        var error = Assert.Throws<DatasetFormatException>(() => PlainSkeletonReader.Read(path));

        Assert.Equal(2, error.Line);
        Assert.Contains("'zero'", error.Message, StringComparison.Ordinal);
    }
}
