using RoboMirror.Perception.Datasets;

namespace RoboMirror.Perception.Tests.Datasets;

public sealed class RecordingsFolderTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("robomirror-data-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Find_VariableNamesFolder_ReturnsThatFolder()
    {
        var root = RecordingsFolder.Find(_temp, out var reason);

        Assert.Equal(Path.GetFullPath(_temp), root);
        Assert.Contains(RecordingsFolder.Variable, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_VariableNamesMissingFolder_ReturnsNullAndSaysWhy()
    {
        var missing = Path.Combine(_temp, "nope");

        var root = RecordingsFolder.Find(missing, out var reason);

        Assert.Null(root);
        Assert.Contains(missing, reason, StringComparison.Ordinal);
        Assert.Contains("not a folder", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_SharedDataBesideAnAncestor_IsFoundFromDeepInsideTheClone()
    {
        var data = Directory.CreateDirectory(Path.Combine(_temp, "shared", "data")).FullName;
        var deep = Directory.CreateDirectory(Path.Combine(_temp, "main", "tests", "bin")).FullName;

        var root = RecordingsFolder.Find(null, out _, deep);

        Assert.Equal(data, root);
    }

    [Fact]
    public void Find_NothingAnywhere_ReturnsNullNamingWhereItLooked()
    {
        var deep = Directory.CreateDirectory(Path.Combine(_temp, "a", "b")).FullName;

        // The temp folder's ancestors (/tmp, /) hold no shared/data on a sane machine.
        var root = RecordingsFolder.Find(null, out var reason, deep);

        Assert.Null(root);
        Assert.Contains(deep, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DatasetsIn_ListsOnlyKnownDatasetsPresent()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "utkinect_action3d"));
        Directory.CreateDirectory(Path.Combine(_temp, "something_else"));

        Assert.Equal(["utkinect_action3d"], RecordingsFolder.DatasetsIn(_temp));
    }
}
