using System.Runtime.InteropServices;

namespace RoboMirror.Ros.Dds;

/// <summary>
/// Finds Eclipse Cyclone DDS's C library. Debian names the shared object <c>libddsc.so.0debian</c>
/// (package <c>libddsc0debian</c>); upstream builds and ROS 2 installs name it <c>libddsc.so.0</c> or
/// <c>libddsc.so</c>. All three are accepted, in that order, unless <c>ROBOMIRROR_DDSC</c> names a file.
/// </summary>
public static class CycloneDdsLibrary
{
    /// <summary>The Debian package that provides the library.</summary>
    public const string DebianPackage = "libddsc0debian";

    /// <summary>Environment variable that names the library file explicitly.</summary>
    public const string OverrideVariable = "ROBOMIRROR_DDSC";

    /// <summary>Names tried, in order, when no override is set.</summary>
    public static IReadOnlyList<string> CandidateNames { get; } =
        ["libddsc.so.0debian", "libddsc.so.0", "libddsc.so"];

    /// <summary>
    /// The names tried when none are given: the file named by <c>ROBOMIRROR_DDSC</c> when it is set,
    /// otherwise <see cref="CandidateNames"/>.
    /// </summary>
    public static IReadOnlyList<string> DefaultCandidates()
    {
        var overridePath = Environment.GetEnvironmentVariable(OverrideVariable);
        return string.IsNullOrWhiteSpace(overridePath) ? CandidateNames : [overridePath];
    }

    /// <summary>Tries to load the library; on success returns its handle and the name that loaded.</summary>
    public static bool TryLoad(out IntPtr handle, out string loadedName) =>
        TryLoad(DefaultCandidates(), out handle, out loadedName);

    /// <summary>Tries each of <paramref name="candidates"/> in order (file names or paths).</summary>
    public static bool TryLoad(IEnumerable<string> candidates, out IntPtr handle, out string loadedName)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        foreach (var name in candidates)
        {
            if (!string.IsNullOrWhiteSpace(name) && NativeLibrary.TryLoad(name, out handle))
            {
                loadedName = name;
                return true;
            }
        }

        handle = IntPtr.Zero;
        loadedName = string.Empty;
        return false;
    }

    /// <summary>What to tell a user when the library cannot be loaded.</summary>
    public static string MissingMessage => MissingMessageFor(CandidateNames);

    /// <summary>The message for a failed load of <paramref name="candidates"/>.</summary>
    public static string MissingMessageFor(IEnumerable<string> candidates) =>
        $"Cyclone DDS (libddsc) was not found; tried {string.Join(", ", candidates)}. "
        + $"Install it with: apt-get install {DebianPackage} (or set {OverrideVariable} to the library's path). "
        + "The in-process transport works without it.";
}
