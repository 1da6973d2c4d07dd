using System.Diagnostics;

namespace RoboMirror.Benchmarks.Dds;

/// <summary>The C peer of the interop tests (tests/interop/c_peer), built with CMake next to the benchmark binaries.</summary>
internal static class CPeer
{
    public static string Executable()
    {
        var source = Path.Combine(DdsBenchSettings.RepositoryRoot(), "tests", "interop", "c_peer");
        var build = Path.Combine(AppContext.BaseDirectory, "interop-peers", "c_peer");
        Directory.CreateDirectory(build);
        if (!File.Exists(Path.Combine(build, "CMakeCache.txt")))
        {
            Run("cmake", "-S", source, "-B", build, "-DCMAKE_BUILD_TYPE=Release");
        }

        Run("cmake", "--build", build);
        return Path.Combine(build, "c_peer");
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(600_000) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed:\n{output.Result}\n{errors}");
        }
    }
}
