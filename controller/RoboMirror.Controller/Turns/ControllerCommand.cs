namespace RoboMirror.Controller.Turns;

/// <summary>What the controller asks of the arm in one step.</summary>
public enum ControllerCommand
{
    /// <summary>Nothing new.</summary>
    None,

    /// <summary>Start the answer movement named by <see cref="ControllerDecision.AnswerId"/>.</summary>
    StartAnswer,

    /// <summary>Give way: stop (controlled) or slow, per the yield setting.</summary>
    Yield,

    /// <summary>Safety hold: controlled stop, keep holding.</summary>
    Hold,
}

/// <summary>How the robot gives way when the partner resumes.</summary>
public enum YieldMode
{
    /// <summary>Controlled stop (brakes stay off).</summary>
    Stop,

    /// <summary>Continue at reduced speed (<see cref="TurnSettings.YieldSpeedScale"/>).</summary>
    Slow,
}

/// <summary>The controller's output for one step.</summary>
/// <param name="Command">The command to apply now.</param>
/// <param name="AnswerId">For <see cref="ControllerCommand.StartAnswer"/>: the repertoire movement to perform.</param>
/// <param name="SpeedScale">Speed override in [0, 1] from safety (and yielding in slow mode); applies every step.</param>
public readonly record struct ControllerDecision(ControllerCommand Command, string? AnswerId, double SpeedScale);
