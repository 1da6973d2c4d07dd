namespace RoboMirror.Controller.Evaluation;

/// <summary>How one scored turn ended.</summary>
public enum TurnOutcomeKind
{
    /// <summary>The robot started moving after the partner's end, within the answer window.</summary>
    Answered,

    /// <summary>The robot started moving before the partner's end.</summary>
    FalseStart,

    /// <summary>No robot motion within the answer window after the partner's end.</summary>
    Missed,
}

/// <summary>One scored turn.</summary>
/// <param name="Kind">Answered, false start or missed.</param>
/// <param name="GapMs">Robot motion onset − partner end (ms); negative for a false start; null when missed.</param>
/// <param name="OnsetErrorVsHumanMs">Robot onset − the human follower's onset in the same recording (ms), where the recording has a follower.</param>
public readonly record struct TurnOutcome(TurnOutcomeKind Kind, double? GapMs, double? OnsetErrorVsHumanMs);
