namespace RoboMirror.Perception.Datasets;

/// <summary>
/// Locates the folder of real recordings (<c>buetepage_hh_kinect/</c>, <c>sbu_kinect_interaction/</c>,
/// <c>utkinect_action3d/</c>): <c>$ROBOMIRROR_DATA</c> when set, else a <c>shared/data</c> folder beside
/// the start folder or any folder above it (a clone at <c>work/main</c> finds <c>work/shared/data</c>).
/// </summary>
public static class RecordingsFolder
{
    /// <summary>Environment variable that names the recordings folder.</summary>
    public const string Variable = "ROBOMIRROR_DATA";

    /// <summary>Sub-folder names of the three datasets the project reads.</summary>
    public static IReadOnlyList<string> KnownDatasets { get; } =
        ["buetepage_hh_kinect", "sbu_kinect_interaction", "utkinect_action3d"];

    /// <summary>
    /// Finds the recordings folder, searching upwards from each start folder in turn. Returns null with a
    /// reason that says where it looked when none is found.
    /// </summary>
    public static string? Find(out string reason, params string[] startFolders) =>
        Find(Environment.GetEnvironmentVariable(Variable), out reason, startFolders);

    /// <summary>
    /// As <see cref="Find(out string, string[])"/>, with the variable's value passed in rather than read
    /// from the environment.
    /// </summary>
    public static string? Find(string? fromVariable, out string reason, params string[] startFolders)
    {
        if (!string.IsNullOrWhiteSpace(fromVariable))
        {
            if (Directory.Exists(fromVariable))
            {
                reason = $"from ${Variable}";
                return Path.GetFullPath(fromVariable);
            }

            reason = $"${Variable} is set to '{fromVariable}', which is not a folder";
            return null;
        }

        var starts = startFolders.Length > 0
            ? startFolders
            : [Directory.GetCurrentDirectory(), AppContext.BaseDirectory];
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(candidate))
                {
                    reason = $"found beside {dir.FullName}";
                    return candidate;
                }
            }
        }

        reason = $"${Variable} is not set and no shared/data folder was found above {string.Join(" or ", starts)}";
        return null;
    }

    /// <summary>The known datasets present under <paramref name="root"/>.</summary>
    public static IReadOnlyList<string> DatasetsIn(string root) =>
        KnownDatasets.Where(name => Directory.Exists(Path.Combine(root, name))).ToList();
}
