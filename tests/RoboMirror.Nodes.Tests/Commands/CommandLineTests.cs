using System.Text.Json;
using Spectre.Console.Testing;

namespace RoboMirror.Nodes.Tests.Commands;

public sealed class CommandLineTests
{
    private static (int ExitCode, string Output) Run(params string[] args)
    {
        using var console = new TestConsole().Width(250);
        var exitCode = CommandLine.Build(console).Run(args);
        return (exitCode, console.Output);
    }

    [Fact]
    public void Help_ListsDoctorWithItsDescriptionAndExample()
    {
        var (exitCode, output) = Run("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("doctor", output, StringComparison.Ordinal);
        var words = string.Join(' ', output.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("the exact command that installs it", words, StringComparison.Ordinal);
        Assert.Contains("robomirror doctor --json", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheProductVersion()
    {
        var (exitCode, output) = Run("--version");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("0.1.0", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownVerb_FailsWithNonZeroExitCode()
    {
        var (exitCode, _) = Run("fly-to-the-moon");

        Assert.NotEqual(0, exitCode);
    }

    [Fact]
    public void DoctorJson_ReportsEveryCapabilityWithAFixForEachMissingOne()
    {
        var (_, output) = Run("doctor", "--json");

        using var json = JsonDocument.Parse(output);
        var findings = json.RootElement.EnumerateArray().ToList();
        var components = findings.Select(f => f.GetProperty("component").GetString()).ToList();
        Assert.Contains(".NET runtime", components);
        Assert.Contains("Cyclone DDS (libddsc)", components);
        Assert.Contains("ONNX Runtime", components);
        Assert.Contains("NVIDIA GPU and driver", components);
        Assert.Contains("real recordings", components);
        foreach (var finding in findings)
        {
            var status = finding.GetProperty("status").GetString();
            Assert.Contains(status, new[] { "ok", "limited", "missing" });
            if (status == "missing")
            {
                Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("fix").GetString()), $"no fix for {finding}");
            }
        }
    }

    [Fact]
    public void DoctorTable_ShowsOnnxRuntimeProviders()
    {
        var (exitCode, output) = Run("doctor");

        Assert.Equal(0, exitCode);
        Assert.Contains("CPUExecutionProvider", output, StringComparison.Ordinal);
    }
}
