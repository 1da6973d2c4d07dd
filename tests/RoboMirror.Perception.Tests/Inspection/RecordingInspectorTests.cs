using RoboMirror.Perception.Datasets;
using RoboMirror.Perception.Datasets.Buetepage;
using RoboMirror.Perception.Datasets.UtKinect;
using RoboMirror.Perception.Inspection;
using RoboMirror.Perception.Tests.PlainFormat;
using RoboMirror.Testing;

namespace RoboMirror.Perception.Tests.Inspection;

public sealed class RecordingInspectorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inspect-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Inspect_PlainDocsExample_ReportsPeopleSegmentsAndRejections()
    {
        var path = Path.Combine(_folder, "session.csv");
        File.WriteAllText(path, PlainSkeletonReaderTests.DocsExample());

        var report = RecordingInspector.Inspect(path);

        Assert.Equal("plain", report.Format);
        Assert.True(report.FormatDetected);
        Assert.Equal(["p1", "p2"], report.People);
        Assert.Equal(3, report.Frames);
        Assert.InRange(report.RateHz, 29, 31);
        Assert.Contains(report.Counts, c => c.Key == "non_finite" && c.Value == 1);
        Assert.Equal("wave", Assert.Single(report.Segments).Label);
    }

    [Fact]
    public void Inspect_UnrecognisableFile_NamesItAndWhatWasExpected()
    {
        var path = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(path, "hello\n");

        var error = Assert.Throws<DatasetFormatException>(() => RecordingInspector.Inspect(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("--format", error.Message, StringComparison.Ordinal);
    }

    [RequiresRecordingsFact(BuetepageReader.DatasetName)]
    public void Inspect_BuetepageUntrackedArmFile_NotesItAndFindsTheAnnotation()
    {
        var path = Path.Combine(Recordings.RequireDataset(BuetepageReader.DatasetName), "data4", "shaking", "pair_3_rec_0_user_1.txt");

        var report = RecordingInspector.Inspect(path);

        Assert.Equal("buetepage", report.Format);
        Assert.Equal(300, report.Frames);
        Assert.InRange(report.RateHz, 25, 35);
        Assert.Contains("shaking", Assert.Single(report.Segments).Label, StringComparison.Ordinal);
        Assert.Contains(report.Notes, n => n.Contains("left arm", StringComparison.Ordinal));
    }

    [RequiresRecordingsFact(UtKinectReader.DatasetName)]
    public void Inspect_UtKinectStream_TenSegmentsAndDuplicatesCounted()
    {
        var path = Path.Combine(Recordings.RequireDataset(UtKinectReader.DatasetName), "joints_s01_e01.txt");

        var report = RecordingInspector.Inspect(path);

        Assert.Equal(10, report.Segments.Count);
        Assert.Contains(report.Counts, c => c.Key == "duplicate_timestamp" && c.Value == 15);
    }
}
