using System.Runtime.InteropServices;
using RoboMirror.Ros.Dds;

namespace RoboMirror.Nodes.Doctor;

/// <summary>Cyclone DDS, needed to talk to ROS 2 nodes on other processes or machines.</summary>
internal sealed class CycloneDdsCheck : IMachineCheck
{
    public Finding Run()
    {
        if (CycloneDdsLibrary.TryLoad(out var handle, out var name))
        {
            NativeLibrary.Free(handle);
            return new("ROS 2 over DDS (--transport dds, launch files)", "Cyclone DDS (libddsc)", FindingStatus.Ok, $"loaded {name}", null);
        }

        return new(
            "ROS 2 over DDS (--transport dds, launch files)",
            "Cyclone DDS (libddsc)",
            FindingStatus.Missing,
            $"none of {string.Join(", ", CycloneDdsLibrary.CandidateNames)} loads; the in-process transport still works",
            AptCommand.Install(CycloneDdsLibrary.DebianPackage));
    }
}
