namespace RoboMirror.Nodes.Doctor;

/// <summary>How a capability stands on this machine.</summary>
internal enum FindingStatus
{
    /// <summary>Present and working.</summary>
    Ok,

    /// <summary>Present but limited (for example ONNX Runtime with the CPU provider only).</summary>
    Limited,

    /// <summary>Not present; <see cref="Finding.Fix"/> says how to install it.</summary>
    Missing,
}

/// <summary>One line of the doctor's report.</summary>
/// <param name="Capability">What a user would want to do, e.g. "ROS 2 over DDS".</param>
/// <param name="Component">What it needs, e.g. "Cyclone DDS (libddsc)".</param>
/// <param name="Status">Whether it is there.</param>
/// <param name="Detail">What was found, with versions and paths.</param>
/// <param name="Fix">The exact command (or step) that installs it; null when nothing is missing.</param>
/// <param name="Essential">True when the main job cannot run without it.</param>
internal sealed record Finding(
    string Capability,
    string Component,
    FindingStatus Status,
    string Detail,
    string? Fix,
    bool Essential = false);
