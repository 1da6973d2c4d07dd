using System.Text.Json;
using RoboMirror.Testing;
using Spectre.Console.Testing;

namespace RoboMirror.Nodes.Tests.Commands;

public sealed class DataInspectCommandTests : IDisposable
{
    private const string Header = "time,person,label,head_x,head_y,head_z,left_shoulder_x,left_shoulder_y,left_shoulder_z,right_shoulder_x,right_shoulder_y,right_shoulder_z";
    private readonly string _folder = Directory.CreateTempSubdirectory("data-inspect-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int ExitCode, string Output) Run(params string[] args)
    {
        using var console = new TestConsole().Width(250);
        var exitCode = CommandLine.Build(console).Run(args);
        return (exitCode, console.Output);
    }

    private string Write(params string[] lines)
    {
        var path = Path.Combine(_folder, "session.csv");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Help_ListsDataInspectWithExample()
    {
        var (exitCode, output) = Run("data", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("inspect", output, StringComparison.Ordinal);
    }

    [Fact]
    public void InspectJson_PlainFile_ReportsFormatPeopleSegmentsAndCounts()
    {
        var path = Write(
            Header,
            "0.0,a,wave,0,0.7,2,-0.18,0.45,2,0.18,0.45,2",
            "0.1,a,wave,0,0.7,2,-0.18,0.45,2,0.18,0.45,2",
            "0.2,a,,0,Infinity,2,-0.18,0.45,2,0.18,0.45,2",
            "0.0,b,,1,0.7,2,0.82,0.45,2,1.18,0.45,2");

        var (exitCode, output) = Run("data", "inspect", path, "--json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("plain", root.GetProperty("format").GetString());
        Assert.True(root.GetProperty("format_detected").GetBoolean());
        Assert.Equal(2, root.GetProperty("people").GetArrayLength());
        Assert.Equal("wave", root.GetProperty("segments")[0].GetProperty("label").GetString());
        Assert.Equal(1, root.GetProperty("counts").GetProperty("non_finite").GetInt64());
    }

    [Fact]
    public void Inspect_MalformedLine_ExitsOneNamingFileAndLine()
    {
        var path = Write(Header, "0.0,a,,0,0.7,2,-0.18,0.45,2,0.18,0.45,2", "0.1,a,,0,0.7");

        var (exitCode, output) = Run("data", "inspect", path);

        Assert.Equal(1, exitCode);
        var words = string.Join(' ', output.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("session.csv, line 3", words, StringComparison.Ordinal);
        Assert.Contains("12 comma-separated fields", words, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_UnknownFormatName_FailsListingTheKnownOnes()
    {
        var path = Write(Header);

        var (exitCode, output) = Run("data", "inspect", path, "--format", "bvh");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("buetepage, sbu, utkinect, plain", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_MissingFile_ExitsOneNamingIt()
    {
        var (exitCode, output) = Run("data", "inspect", Path.Combine(_folder, "nope.csv"));

        Assert.Equal(1, exitCode);
        Assert.Contains("nope.csv", output, StringComparison.Ordinal);
    }

    [RequiresRecordingsFact("sbu_kinect_interaction")]
    public void InspectTable_SbuClip_ShowsTwoPeopleAndTheClass()
    {
        var path = Path.Combine(Recordings.RequireDataset("sbu_kinect_interaction"), "s01s02", "05", "001", "skeleton_pos.txt");

        var (exitCode, output) = Run("data", "inspect", path);

        Assert.Equal(0, exitCode);
        Assert.Contains("sbu (detected)", output, StringComparison.Ordinal);
        Assert.Contains("2: A, B", output, StringComparison.Ordinal);
        Assert.Contains("ShakingHands", output, StringComparison.Ordinal);
    }
}
