using System.Collections.Concurrent;
using System.Diagnostics;

namespace RoboMirror.Ros.Tests.Dds.Interop;

/// <summary>
/// Builds the interop peers from their sources with CMake into the test output folder
/// (<c>interop-peers/&lt;name&gt;</c>), once per test run; CMake rebuilds only what changed, so later
/// runs reuse the binaries.
/// </summary>
internal static class InteropPeers
{
    private static readonly ConcurrentDictionary<InteropPeer, Lazy<Task<string>>> Builds = new();

    /// <summary>The tools each peer's build needs, and the Debian packages that provide them.</summary>
    public static (string[] Tools, string Packages) Requirements(InteropPeer peer) => peer switch
    {
        InteropPeer.CycloneC => (["cmake", "cc", "idlc"], "cyclonedds-dev cmake gcc"),
        _ => (["cmake", "c++", "fastddsgen"], "libfastrtps-dev fastddsgen cmake g++"),
    };

    /// <summary>Why the peer cannot be built here (a tool missing from PATH), or null when it can.</summary>
    public static string? MissingTools(InteropPeer peer)
    {
        var (tools, packages) = Requirements(peer);
        var missing = tools.Where(tool => !OnPath(tool)).ToList();
        return missing.Count == 0 ? null : $"{string.Join(", ", missing)} not found: apt-get install {packages}.";
    }

    /// <summary>Path of the peer's executable, built if needed.</summary>
    public static Task<string> ExecutableAsync(InteropPeer peer) =>
        Builds.GetOrAdd(peer, p => new Lazy<Task<string>>(() => BuildAsync(p))).Value;

    /// <summary>Path of another program of the C peer's build (e.g. <c>layout_probe</c>).</summary>
    public static async Task<string> CProgramAsync(string name) =>
        Path.Combine(Path.GetDirectoryName(await ExecutableAsync(InteropPeer.CycloneC))!, name);

    private static async Task<string> BuildAsync(InteropPeer peer)
    {
        var name = peer == InteropPeer.CycloneC ? "c_peer" : "fastdds_peer";
        var source = Path.Combine(DdsTestEnvironment.RepositoryRoot, "tests", "interop", name);
        var build = Path.Combine(AppContext.BaseDirectory, "interop-peers", name);
        Directory.CreateDirectory(build);
        if (!File.Exists(Path.Combine(build, "CMakeCache.txt")))
        {
            await RunAsync("cmake", ["-S", source, "-B", build, "-DCMAKE_BUILD_TYPE=Release"], TimeSpan.FromMinutes(2));
        }

        await RunAsync("cmake", ["--build", build], TimeSpan.FromMinutes(10));
        var executable = Path.Combine(build, name);
        return File.Exists(executable) ? executable : throw new FileNotFoundException($"The build of {source} in {build} produced no {name}.", executable);
    }

    private static async Task RunAsync(string program, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {timeout.TotalMinutes:0} min.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await errors}");
        }
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));
}
