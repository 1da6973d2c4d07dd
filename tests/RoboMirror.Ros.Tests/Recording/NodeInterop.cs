using System.Diagnostics;

namespace RoboMirror.Ros.Tests.Recording;

/// <summary>
/// Runs the official MCAP readers (tests/interop/mcap, pinned by its package-lock.json) with Node.js.
/// Where node or the npm packages are missing the test fails with the command that installs them.
/// </summary>
internal static class NodeInterop
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string McapFolder => Path.Combine(RepositoryRoot, "tests", "interop", "mcap");

    /// <summary>Runs <c>node verify.mjs ARGS</c>; returns exit code, stdout and stderr.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunVerifyAsync(TimeSpan timeout, params string[] arguments)
    {
        if (!Directory.Exists(Path.Combine(McapFolder, "node_modules", "@mcap", "core")))
        {
            Assert.Fail($"{McapFolder}/node_modules is missing: run `npm ci` in tests/interop/mcap (./test.sh does it).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = McapFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("verify.mjs");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"node could not be started ({e.Message}): apt-get install nodejs npm, then run `npm ci` in tests/interop/mcap (./test.sh does both).");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"node verify.mjs {string.Join(' ', arguments)} did not finish within {timeout}.");
            }

            return (process.ExitCode, await output, await error);
        }
    }

    private static string FindRepositoryRoot()
    {
        if (Environment.GetEnvironmentVariable("ROBOMIRROR_TEST_ROOT") is { Length: > 0 } root && File.Exists(Path.Combine(root, "RoboMirror.sln")))
        {
            return root;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RoboMirror.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No RoboMirror.sln above {AppContext.BaseDirectory}; set ROBOMIRROR_TEST_ROOT.");
    }
}
