namespace RoboMirror.Hardware.Retargeting;

/// <summary>Which of the person's arms drives the robot arm (left and right are the person's own).</summary>
public enum ArmSide
{
    /// <summary>The person's right arm.</summary>
    Right,

    /// <summary>The person's left arm.</summary>
    Left,
}
