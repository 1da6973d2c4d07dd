namespace RoboMirror.Launch.Packages;

/// <summary>
/// Maps ROS package names to what runs them on a machine without ROS: a share folder (for
/// <c>$(find-pkg-share)</c>) and, per executable, a command line. <c>robomirror</c> is built in: its share folder is
/// the repository's <c>launch/</c> folder and each executable X runs as <c>robomirror node X</c>. Packages not in the
/// map are looked up the way ROS does, in the ament index of every prefix in <c>AMENT_PREFIX_PATH</c>, so on a
/// sourced ROS 2 machine foreign nodes run too.
/// </summary>
public sealed class PackageMap : IPackageLookup
{
    /// <summary>Placeholder in a command line for the command that runs RoboMirror itself.</summary>
    public const string SelfPlaceholder = "{robomirror}";

    /// <summary>Placeholder inside a command-line item for the executable's name.</summary>
    public const string ExecutablePlaceholder = "{exec}";

    /// <summary>Key of the command line used for any executable of a package without its own entry.</summary>
    public const string AnyExecutable = "*";

    private readonly Dictionary<string, PackageEntry> _packages;
    private readonly IReadOnlyList<string> _selfCommand;
    private readonly IReadOnlyList<string> _amentPrefixes;

    private PackageMap(Dictionary<string, PackageEntry> packages, IReadOnlyList<string> selfCommand, IReadOnlyList<string> amentPrefixes)
    {
        _packages = packages;
        _selfCommand = selfCommand;
        _amentPrefixes = amentPrefixes;
    }

    /// <summary>
    /// The built-in map: <c>robomirror</c> with <paramref name="robomirrorShare"/> (null when not found) and every
    /// executable run as <paramref name="selfCommand"/> <c>node X</c>; other packages from
    /// <paramref name="amentPrefixPath"/> (the value of <c>AMENT_PREFIX_PATH</c>, may be null).
    /// </summary>
    public static PackageMap CreateDefault(IReadOnlyList<string> selfCommand, string? robomirrorShare, string? amentPrefixPath)
    {
        ArgumentNullException.ThrowIfNull(selfCommand);
        var packages = new Dictionary<string, PackageEntry>(StringComparer.Ordinal)
        {
            ["robomirror"] = new PackageEntry(
                robomirrorShare,
                new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
                {
                    [AnyExecutable] = [SelfPlaceholder, "node", ExecutablePlaceholder],
                }),
        };
        var prefixes = (amentPrefixPath ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new PackageMap(packages, selfCommand, prefixes);
    }

    /// <summary>This map with the packages of a package-map YAML file added (a package listed there replaces ours).</summary>
    public PackageMap WithFile(string path)
    {
        var merged = new Dictionary<string, PackageEntry>(_packages, StringComparer.Ordinal);
        foreach (var (name, entry) in PackageMapFile.Read(path))
        {
            merged[name] = entry;
        }

        return new PackageMap(merged, _selfCommand, _amentPrefixes);
    }

    public string? FindShare(string package)
    {
        if (_packages.TryGetValue(package, out var entry) && entry.Share is not null)
        {
            return entry.Share;
        }

        return FindAmentPrefix(package) is { } prefix ? Path.Combine(prefix, "share", package) : null;
    }

    public string? FindPrefix(string package)
    {
        if (FindAmentPrefix(package) is { } prefix)
        {
            return prefix;
        }

        return _packages.TryGetValue(package, out var entry) && entry.Share is not null
            ? Path.GetDirectoryName(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(entry.Share)))
            : null;
    }

    public ExecutableLookup FindExecutable(string package, string executable)
    {
        if (_packages.TryGetValue(package, out var entry))
        {
            if (entry.Executables.TryGetValue(executable, out var command) || entry.Executables.TryGetValue(AnyExecutable, out command))
            {
                return ExecutableLookup.Found(Expand(command, executable));
            }

            if (entry.Executables.Count > 0)
            {
                return ExecutableLookup.NotFound(
                    $"package '{package}' has no executable '{executable}' in the package map (it has: {string.Join(", ", entry.Executables.Keys)})");
            }
        }

        foreach (var prefix in _amentPrefixes)
        {
            var candidate = Path.Combine(prefix, "lib", package, executable);
            if (File.Exists(candidate))
            {
                return ExecutableLookup.Found([candidate]);
            }
        }

        return FindAmentPrefix(package) is null
            ? ExecutableLookup.NotFound($"package '{package}' is not known here: {HowToMap(package)}")
            : ExecutableLookup.NotFound($"package '{package}' has no executable '{executable}' under lib/{package} of its prefix");
    }

    public string HowToMap(string package) =>
        $"map '{package}' with --package-map FILE (docs/launch.md), source a ROS 2 installation that has it, or run the file with ros2 launch";

    private string? FindAmentPrefix(string package) =>
        _amentPrefixes.FirstOrDefault(prefix =>
            File.Exists(Path.Combine(prefix, "share", "ament_index", "resource_index", "packages", package)));

    private List<string> Expand(IReadOnlyList<string> command, string executable)
    {
        var expanded = new List<string>();
        foreach (var item in command)
        {
            if (item == SelfPlaceholder)
            {
                expanded.AddRange(_selfCommand);
            }
            else
            {
                expanded.Add(item.Replace(ExecutablePlaceholder, executable, StringComparison.Ordinal));
            }
        }

        return expanded;
    }
}

/// <summary>One package of the map: its share folder (may be null) and command lines by executable name.</summary>
internal sealed record PackageEntry(string? Share, IReadOnlyDictionary<string, IReadOnlyList<string>> Executables);
