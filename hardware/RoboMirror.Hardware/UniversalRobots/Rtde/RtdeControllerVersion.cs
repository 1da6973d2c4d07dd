namespace RoboMirror.Hardware.UniversalRobots.Rtde;

/// <summary>The URControl software version from a 'v' reply.</summary>
public readonly record struct RtdeControllerVersion(uint Major, uint Minor, uint Bugfix, uint Build)
{
    /// <inheritdoc />
    public override string ToString() => $"{Major}.{Minor}.{Bugfix}.{Build}";
}
