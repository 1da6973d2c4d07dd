namespace RoboMirror.Controller.Evaluation;

/// <summary>
/// Scores turns exactly as docs/controller.md defines them. Alternating turns: gap = robot motion onset −
/// partner end; an onset before the end is a false start; no onset within <see cref="AnswerWindow"/> after
/// the end is a missed turn. Joint turns: error = robot onset − the human follower's onset.
/// </summary>
public static class TurnScoring
{
    /// <summary>No robot onset within this time after the partner's end is a missed turn.</summary>
    public static readonly TimeSpan AnswerWindow = TimeSpan.FromSeconds(2);

    /// <summary>Scores one turn.</summary>
    /// <param name="partnerEnd">Labelled end of the partner's movement.</param>
    /// <param name="robotOnset">When the arm was first seen moving in this turn, if it was.</param>
    /// <param name="followerOnset">The human follower's onset in the recording, when there is one.</param>
    public static TurnOutcome Score(TimeSpan partnerEnd, TimeSpan? robotOnset, TimeSpan? followerOnset)
    {
        double? jointError = robotOnset is { } r && followerOnset is { } f ? (r - f).TotalMilliseconds : null;
        if (robotOnset is not { } onset || onset - partnerEnd > AnswerWindow)
        {
            return new TurnOutcome(TurnOutcomeKind.Missed, null, jointError);
        }

        var gap = (onset - partnerEnd).TotalMilliseconds;
        return new TurnOutcome(gap < 0 ? TurnOutcomeKind.FalseStart : TurnOutcomeKind.Answered, gap, jointError);
    }
}
