namespace RoboMirror.Nodes.Doctor;

/// <summary>An NVIDIA GPU with its driver: optional, speeds up training and large-batch inference.</summary>
internal sealed class GpuCheck : IMachineCheck
{
    private const string DriverVersionFile = "/proc/driver/nvidia/version";

    public Finding Run()
    {
        if (File.Exists(DriverVersionFile))
        {
            var firstLine = File.ReadLines(DriverVersionFile).FirstOrDefault() ?? "driver present";
            return new("GPU acceleration (optional)", "NVIDIA GPU and driver", FindingStatus.Ok, firstLine.Trim(), null);
        }

        return new(
            "GPU acceleration (optional)",
            "NVIDIA GPU and driver",
            FindingStatus.Missing,
            "no NVIDIA driver loaded; everything runs on CPU",
            "on a machine with an NVIDIA GPU, enable Debian's non-free component, then: "
            + AptCommand.Install("nvidia-driver", "firmware-misc-nonfree") + " and reboot");
    }
}
