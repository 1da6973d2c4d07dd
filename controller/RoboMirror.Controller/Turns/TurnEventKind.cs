namespace RoboMirror.Controller.Turns;

/// <summary>What happened at a turn event.</summary>
public enum TurnEventKind
{
    /// <summary>The partner started moving: their turn began.</summary>
    PartnerStarted,

    /// <summary>The timing policy scheduled the robot's command.</summary>
    OnsetScheduled,

    /// <summary>The schedule moved by more than the re-plan tolerance.</summary>
    OnsetRescheduled,

    /// <summary>The policy withdrew its schedule (for example the model became unsure).</summary>
    OnsetWithdrawn,

    /// <summary>The answer was commanded to the arm.</summary>
    CommandSent,

    /// <summary>The arm was seen moving (joint speed over the onset threshold): the onset a person sees.</summary>
    RobotMotionStarted,

    /// <summary>The arm finished its answer.</summary>
    RobotFinished,

    /// <summary>The partner moved again during the robot's turn.</summary>
    PartnerResumed,

    /// <summary>The arm came to rest after yielding.</summary>
    YieldCompleted,

    /// <summary>The partner left the view or stopped being reported.</summary>
    PartnerLost,

    /// <summary>The safety monitor stopped the arm.</summary>
    SafetyHoldEntered,

    /// <summary>Conditions were clear for long enough; the controller returned to idle.</summary>
    SafetyHoldCleared,
}
