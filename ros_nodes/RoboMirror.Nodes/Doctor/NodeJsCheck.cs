using System.Diagnostics;

namespace RoboMirror.Nodes.Doctor;

/// <summary>Node.js and npm, used only by the developer tests that check our bytes with the official npm readers.</summary>
internal sealed class NodeJsCheck : IMachineCheck
{
    private const string Capability = "Developer tests (official MCAP/CDR readers)";

    public Finding Run()
    {
        var version = TryRun("node", "--version");
        return version is null
            ? new(Capability, "Node.js 18+ and npm", FindingStatus.Missing, "node is not on PATH", AptCommand.Install("nodejs", "npm"))
            : new(Capability, "Node.js 18+ and npm", FindingStatus.Ok, $"node {version}", null);
    }

    private static string? TryRun(string program, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            return process.WaitForExit(5000) && process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
