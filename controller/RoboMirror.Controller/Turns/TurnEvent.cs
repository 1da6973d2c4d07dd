namespace RoboMirror.Controller.Turns;

/// <summary>
/// One logged event of the turn-taking state machine, with the evidence that caused it.
/// </summary>
/// <param name="Time">Controller time of the event.</param>
/// <param name="Kind">What happened.</param>
/// <param name="From">State before.</param>
/// <param name="To">State after (equal to <paramref name="From"/> for events without a transition).</param>
/// <param name="Evidence">Human-readable evidence: the values that triggered it.</param>
/// <param name="EventTime">The instant the event refers to when it differs from <paramref name="Time"/> (e.g. the scheduled command time, or the arm state's timestamp at motion onset).</param>
public sealed record TurnEvent(TimeSpan Time, TurnEventKind Kind, TurnState From, TurnState To, string Evidence, TimeSpan? EventTime = null);
