namespace RoboMirror.Nodes.Doctor;

/// <summary>The checks the doctor runs, in the order a new user needs them.</summary>
internal static class MachineChecks
{
    public static IReadOnlyList<IMachineCheck> All() =>
    [
        new DotNetRuntimeCheck(),
        new CycloneDdsCheck(),
        new OnnxRuntimeCheck(),
        new GpuCheck(),
        new RecordingsCheck(),
        new NodeJsCheck(),
    ];
}
