using RoboMirror.Perception.Datasets;

namespace RoboMirror.Testing;

/// <summary>Where the real recordings are for tests, and why not when they are absent.</summary>
public static class Recordings
{
    private static readonly Lazy<(string? Root, string Reason)> Located = new(() =>
    {
        var root = RecordingsFolder.Find(out var reason);
        return (root, reason);
    });

    /// <summary>The recordings folder, or null when absent.</summary>
    public static string? Root => Located.Value.Root;

    /// <summary>Why the folder was or was not found.</summary>
    public static string Reason => Located.Value.Reason;

    /// <summary>The folder of one dataset, or null when it is absent.</summary>
    public static string? Dataset(string name) =>
        Root is { } root && Directory.Exists(Path.Combine(root, name)) ? Path.Combine(root, name) : null;

    /// <summary>The folder of one dataset; use only in a test marked with a RequiresRecordings attribute.</summary>
    public static string RequireDataset(string name) =>
        Dataset(name) ?? throw new DirectoryNotFoundException($"Dataset '{name}' is absent: {Reason}");
}
