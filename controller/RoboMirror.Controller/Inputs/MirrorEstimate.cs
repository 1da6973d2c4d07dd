namespace RoboMirror.Controller.Inputs;

/// <summary>
/// The mirror network's reading of the partner at one instant, reduced to what timing needs.
/// </summary>
/// <param name="Time">Time of the newest skeleton frame in the window the network saw.</param>
/// <param name="Gesture">Most likely gesture class name ("no_gesture" when none).</param>
/// <param name="GestureProbability">Probability of <paramref name="Gesture"/> in [0, 1].</param>
/// <param name="ExpectedTimeToEnd">Expected time until the partner's movement ends, from the activity projection.</param>
/// <param name="Confidence">How sure the projection is, in [0, 1] (e.g. 1 − normalised entropy of the bins).</param>
/// <param name="AnswerId">The repertoire movement that resonates most with what was seen, if any.</param>
public readonly record struct MirrorEstimate(
    TimeSpan Time,
    string Gesture,
    double GestureProbability,
    TimeSpan ExpectedTimeToEnd,
    double Confidence,
    string? AnswerId = null);
