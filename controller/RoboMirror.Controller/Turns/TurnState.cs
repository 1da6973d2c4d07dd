namespace RoboMirror.Controller.Turns;

/// <summary>The states of the turn-taking state machine.</summary>
public enum TurnState
{
    /// <summary>Nobody is acting; the robot waits for the partner to start.</summary>
    Idle,

    /// <summary>The partner is moving; no answer is scheduled yet.</summary>
    PartnerTurn,

    /// <summary>The partner is still acting (or just stopped) and the robot's onset is scheduled.</summary>
    Transition,

    /// <summary>The answer was commanded; the robot is (about to be) moving.</summary>
    RobotTurn,

    /// <summary>The partner resumed during the robot's turn; the robot stops or slows and gives way.</summary>
    Yielding,

    /// <summary>Safety overrides everything: the arm holds until conditions are clear.</summary>
    SafetyHold,
}
