using System.Runtime.InteropServices;
using System.Text;

namespace RoboMirror.Models.Training.Torch;

/// <summary>
/// Makes TorchSharp 0.107's native bridge (<c>libLibTorchSharp.so</c>) loadable on distributions whose
/// libstdc++ predates GCC 13 (Debian 12 stops at GLIBCXX_3.4.30). The bridge requires GLIBCXX_3.4.32
/// only for <c>std::ios_base_library_init</c>, a symbol it never calls; without that version the loader
/// refuses the file and TorchSharp reports, misleadingly, that libtorch-cpu-linux-x64 is missing. Marking
/// that one requirement weak (in the copy next to our assembly, never in the NuGet cache) lets it load.
/// Idempotent; does nothing where the system libstdc++ has the version (newer distributions).
/// </summary>
public static class LibTorchSharpCompatibility
{
    /// <summary>The file name of TorchSharp's native bridge on Linux.</summary>
    public const string BridgeFileName = "libLibTorchSharp.so";

    /// <summary>The only symbol version the bridge needs beyond Debian 12's libstdc++.</summary>
    public const string UnusedVersion = "GLIBCXX_3.4.32";

    private static readonly string[] SystemLibStdCxx =
    [
        "/usr/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/usr/lib64/libstdc++.so.6",
        "/usr/lib/libstdc++.so.6",
    ];

    /// <summary>
    /// Patches the bridge in <paramref name="folder"/> (default: this program's folder) when needed and
    /// says what it did. Throws <see cref="FileNotFoundException"/> naming the folder when no bridge is there.
    /// </summary>
    public static string EnsureLoadable(string? folder = null)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            return "not Linux x64: nothing to do";
        }

        folder ??= AppContext.BaseDirectory;
        var bridge = FindBridge(folder)
            ?? throw new FileNotFoundException(
                $"TorchSharp's native bridge {BridgeFileName} is not in '{folder}' nor its runtimes/linux-x64/native folder; "
                + "reference the TorchSharp and libtorch-cpu-linux-x64 packages.", Path.Combine(folder, BridgeFileName));

        var systemLibrary = SystemLibStdCxx.FirstOrDefault(File.Exists);
        if (systemLibrary is null)
        {
            return $"no system libstdc++ found in the usual places; {bridge} left as it is";
        }

        if (HasVersion(systemLibrary, UnusedVersion))
        {
            return $"{systemLibrary} has {UnusedVersion}; {bridge} left as it is";
        }

        return ElfVersionNeeds.MarkWeak(bridge, UnusedVersion)
            ? $"marked the {UnusedVersion} requirement of {bridge} weak ({systemLibrary} stops before it)"
            : $"{bridge} already has a weak {UnusedVersion} requirement";
    }

    private static string? FindBridge(string folder)
    {
        string[] candidates =
        [
            Path.Combine(folder, BridgeFileName),
            Path.Combine(folder, "runtimes", "linux-x64", "native", BridgeFileName),
        ];
        return candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>True when the library's bytes hold the version name as a string (its version definitions do).</summary>
    internal static bool HasVersion(string library, string version)
    {
        var needle = Encoding.ASCII.GetBytes(version + "\0");
        var bytes = File.ReadAllBytes(library);
        return bytes.AsSpan().IndexOf(needle) >= 0;
    }
}
