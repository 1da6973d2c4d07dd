namespace RoboMirror.Hardware.Simulation;

/// <summary>How a simulated arm advances.</summary>
public enum SimulationClocking
{
    /// <summary>A periodic timer on the <see cref="TimeProvider"/> steps the arm at its own rate (late cycles are caught up and counted as deadline misses).</summary>
    RealTime,

    /// <summary>The caller advances the arm one control period per <see cref="SimulatedArm.Step"/>: faster than real time, fully deterministic.</summary>
    Stepped,
}
