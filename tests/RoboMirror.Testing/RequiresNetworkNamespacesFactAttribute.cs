using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Xunit;

namespace RoboMirror.Testing;

/// <summary>
/// A fact that builds its own network: Linux network namespaces joined by a veth pair (iproute2's
/// <c>ip netns</c>, as root). It probes by doing what such a test does on a throwaway namespace: create it,
/// create a veth pair inside it, run a command in it, delete it. Where the process is not root, <c>ip</c> is
/// missing, or any step is refused (sandboxes often forbid namespaces), the test is reported as skipped with
/// the reason. With a Debian package and library names it also needs that native library (for example
/// Cyclone DDS's libddsc, for the processes it starts in the namespaces), as
/// <see cref="RequiresNativeLibraryFactAttribute"/> does.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresNetworkNamespacesFactAttribute : FactAttribute
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    public RequiresNetworkNamespacesFactAttribute()
    {
        Skip = ProbeNamespaces();
    }

    public RequiresNetworkNamespacesFactAttribute(string debianPackage, params string[] libraryNames)
    {
        ArgumentNullException.ThrowIfNull(libraryNames);
        Skip = ProbeNamespaces() ?? ProbeLibrary(debianPackage, libraryNames);
    }

    /// <summary>Null when namespaces work here; otherwise why not.</summary>
    private static string? ProbeNamespaces()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "Network namespaces need Linux.";
        }

        if (!Environment.IsPrivilegedProcess)
        {
            return "Network namespaces need root (ip netns add); run the tests as root.";
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"rm-probe-{Environment.ProcessId}-{Guid.NewGuid():N}")[..24];
        var created = false;
        try
        {
            var failure = Ip("netns", "add", name);
            if (failure is not null)
            {
                return $"Could not create a network namespace: {failure}";
            }

            created = true;
            return Ip("-n", name, "link", "add", "rm-probe-a", "type", "veth", "peer", "name", "rm-probe-b") is { } veth
                ? $"Could not create a veth pair in a network namespace: {veth}"
                : Ip("netns", "exec", name, "ip", "link", "set", "lo", "up") is { } exec
                    ? $"Could not run a command in a network namespace (ip netns exec): {exec}"
                    : null;
        }
        finally
        {
            if (created)
            {
                Ip("netns", "del", name);
            }
        }
    }

    private static string? ProbeLibrary(string debianPackage, string[] libraryNames)
    {
        foreach (var library in libraryNames)
        {
            if (NativeLibrary.TryLoad(library, out var handle))
            {
                NativeLibrary.Free(handle);
                return null;
            }
        }

        return $"Native library {string.Join(" / ", libraryNames)} not found: apt-get install {debianPackage}.";
    }

    /// <summary>Runs <c>ip ARGS</c>; null on success, else what went wrong.</summary>
    private static string? Ip(params string[] arguments)
    {
        var start = new ProcessStartInfo("ip") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            return $"ip (iproute2) could not be started ({e.Message}): apt-get install iproute2.";
        }

        if (process is null)
        {
            return "ip (iproute2) did not start.";
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(ProbeTimeout))
            {
                process.Kill(entireProcessTree: true);
                return $"ip {string.Join(' ', arguments)} did not finish within {ProbeTimeout.TotalSeconds:0} s.";
            }

            return process.ExitCode == 0 ? null : $"ip {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result.Trim()}";
        }
    }
}
