using System.Runtime.InteropServices;

namespace RoboMirror.Nodes.Doctor;

/// <summary>The .NET runtime that runs RoboMirror (always present when this code runs).</summary>
internal sealed class DotNetRuntimeCheck : IMachineCheck
{
    public Finding Run() => new(
        "Everything",
        ".NET runtime",
        FindingStatus.Ok,
        $"{RuntimeInformation.FrameworkDescription} on {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}), {Environment.ProcessorCount} cores",
        Fix: null,
        Essential: true);
}
