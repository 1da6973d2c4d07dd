using System.Diagnostics;

namespace RoboMirror.Ros.Tests.Recording;

/// <summary>
/// Finds tests/RoboMirror.Recording.CrashWriter's build output for this test run's configuration (and
/// build slot), building it with <c>dotnet build</c> when it is missing, and lays it out in a folder of its
/// own next to this test's assemblies (no deps.json, so the host loads every assembly in the folder): the
/// process the test kills always runs the very RoboMirror.Ros.dll under test, even when the crash writer
/// was built earlier.
/// </summary>
internal static class CrashWriterBuild
{
    private const string Project = "RoboMirror.Recording.CrashWriter";
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Copies the crash writer and this test's assemblies into <paramref name="folder"/>; returns the dll to run.</summary>
    public static async Task<string> PrepareAsync(string folder, TimeSpan timeout)
    {
        var built = await LocateAsync(timeout);
        foreach (var assembly in Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
        {
            File.Copy(assembly, Path.Combine(folder, Path.GetFileName(assembly)));
        }

        var dll = Path.Combine(folder, Project + ".dll");
        File.Copy(built, dll, overwrite: true);
        File.Copy(Path.ChangeExtension(built, ".runtimeconfig.json"), Path.ChangeExtension(dll, ".runtimeconfig.json"));
        return dll;
    }

    private static async Task<string> LocateAsync(TimeSpan timeout)
    {
        var baseDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var runtime = baseDirectory.Name;
        var framework = baseDirectory.Parent!.Name;
        var configuration = baseDirectory.Parent.Parent!.Name;
        var root = NodeInterop.RepositoryRoot;
        var slot = Environment.GetEnvironmentVariable("ROBOMIRROR_BUILD_SLOT");
        var output = string.IsNullOrEmpty(slot)
            ? Path.Combine(root, "tests", Project, "bin", configuration, framework, runtime)
            : Path.Combine(root, ".slots", slot, "bin", Project, configuration, framework, runtime);
        var dll = Path.Combine(output, Project + ".dll");

        await Gate.WaitAsync();
        try
        {
            if (!File.Exists(dll))
            {
                await BuildAsync(root, configuration, timeout);
            }
        }
        finally
        {
            Gate.Release();
        }

        Assert.True(File.Exists(dll), $"{dll} is missing after `dotnet build tests/{Project} -c {configuration}`.");
        return dll;
    }

    private static async Task BuildAsync(string root, string configuration, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", Path.Combine("tests", Project, Project + ".csproj"), "-c", configuration, "--nologo", "-v", "q" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
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
            Assert.Fail($"dotnet build tests/{Project} did not finish within {timeout}.");
        }

        Assert.True(process.ExitCode == 0, $"dotnet build tests/{Project} failed:\n{await output}{await error}");
    }
}
