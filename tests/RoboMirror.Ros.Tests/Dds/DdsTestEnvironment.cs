using RoboMirror.Ros.Dds;

namespace RoboMirror.Ros.Tests.Dds;

/// <summary>
/// Where the DDS tests run: Cyclone pinned to loopback by the repository's configuration (passed
/// explicitly, never taken from the environment), a domain id per test so parallel tests and parallel
/// test runs do not meet, and bounded waits.
/// </summary>
internal static class DdsTestEnvironment
{
    private static int _nextDomain;

    /// <summary>The repository root: ROBOMIRROR_TEST_ROOT (set by test.sh) or the folder above the test binaries that holds RoboMirror.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary><c>file://…/tests/config/cyclonedds-loopback.xml</c>.</summary>
    public static string LoopbackConfiguration { get; } = "file://" + Path.Combine(RepositoryRoot, "tests", "config", "cyclonedds-loopback.xml");

    /// <summary>The Fast DDS profile of the interop peer: UDPv4 on 127.0.0.1 only.</summary>
    public static string FastDdsLoopbackProfile { get; } = Path.Combine(RepositoryRoot, "tests", "interop", "fastdds_peer", "fastdds_loopback.xml");

    /// <summary>
    /// A domain id no other test of this run uses, spread by process id so that two test processes on one
    /// machine (parallel runs) most likely differ too; topic names carry a unique suffix as well.
    /// </summary>
    public static int NextDomainId()
    {
        var offset = Interlocked.Increment(ref _nextDomain);
        return 10 + (int)(((uint)Environment.ProcessId * 37u + (uint)offset) % 200u);
    }

    /// <summary>A topic name unique to this call, e.g. <c>/chatter_3f2a…</c>.</summary>
    public static string UniqueTopic(string stem) => $"/{stem}_{Guid.NewGuid():N}";

    public static CycloneDdsTransportOptions Options(int domainId, RosDistro distro = RosDistro.Jazzy) =>
        new() { DomainId = domainId, Configuration = LoopbackConfiguration, Distro = distro };

    /// <summary>Polls <paramref name="condition"/> every 10 ms until it holds; throws <see cref="TimeoutException"/> naming <paramref name="what"/> after <paramref name="timeout"/>.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (!condition())
        {
            try
            {
                await Task.Delay(10, cancel.Token);
            }
            catch (TaskCanceledException)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0.#} s waiting for {what}.");
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ROBOMIRROR_TEST_ROOT");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(Path.Combine(fromEnvironment, "RoboMirror.sln")))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RoboMirror.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No RoboMirror.sln above {AppContext.BaseDirectory}; set ROBOMIRROR_TEST_ROOT to the repository root.");
    }
}
