using RoboMirror.Controller.Inputs;
using RoboMirror.Controller.Policies;

namespace RoboMirror.Controller.Session;

/// <summary>
/// Reduces one output of the mirror network (gesture probabilities, activity projection, expected time to
/// end) to the <see cref="MirrorEstimate"/> the timing policy reads. Confidence is how decisive the
/// projection is: the mean over bins of |2p − 1| (1 when every bin is surely active or surely not, 0 when
/// every bin is a coin toss). The model's "none" class becomes <see cref="GestureNames.None"/>. The answer:
/// resonance when the mirror node reports it, else the gesture's mapped answer; none without a gesture.
/// </summary>
public static class MirrorReading
{
    /// <summary>The time to end an unusable reading carries: the projection's horizon, "no end in sight".</summary>
    public const double NoEndInSightSeconds = 2.0;

    /// <summary>
    /// The estimate for one inference; <paramref name="time"/> is the newest frame's stamp. The answer is the
    /// repertoire movement that resonates most (<paramref name="repertoireIds"/>, <paramref name="resonance"/>,
    /// parallel) while a gesture is recognised, else the answer mapped to the gesture (<see cref="AnswerIds.ForGesture"/>).
    /// </summary>
    public static MirrorEstimate From(TimeSpan time, IReadOnlyList<string> gestureClasses, ReadOnlySpan<float> gestureProbabilities, ReadOnlySpan<float> activityProjection, double expectedTimeToEndSeconds, IReadOnlyList<string>? repertoireIds = null, ReadOnlySpan<float> resonance = default)
    {
        ArgumentNullException.ThrowIfNull(gestureClasses);
        if (gestureClasses.Count != gestureProbabilities.Length)
        {
            throw new ArgumentException($"The signal names {gestureClasses.Count} gesture classes but carries {gestureProbabilities.Length} probabilities; they must be parallel.", nameof(gestureProbabilities));
        }

        var best = -1;
        for (var i = 0; i < gestureProbabilities.Length; i++)
        {
            if (best < 0 || gestureProbabilities[i] > gestureProbabilities[best])
            {
                best = i;
            }
        }

        var gesture = best < 0 ? GestureNames.None : gestureClasses[best];
        if (gesture == "none")
        {
            gesture = GestureNames.None;
        }

        var confidence = 0.0;
        var finite = double.IsFinite(expectedTimeToEndSeconds);
        foreach (var p in activityProjection)
        {
            finite &= float.IsFinite(p);
            confidence += Math.Abs((2.0 * Math.Clamp(p, 0f, 1f)) - 1.0);
        }

        // A projection or time to end that is not a number says nothing: no confidence, and no end in sight (never
        // "ending now", which would let a policy command on bad data).
        confidence = activityProjection.Length == 0 || !finite ? 0 : confidence / activityProjection.Length;
        var tte = finite ? Math.Max(0, expectedTimeToEndSeconds) : NoEndInSightSeconds;
        var answer = AnswerIds.ForGesture(gesture);
        if (answer is not null && repertoireIds is { Count: > 0 } && repertoireIds.Count == resonance.Length)
        {
            var strongest = 0;
            for (var i = 1; i < resonance.Length; i++)
            {
                strongest = resonance[i] > resonance[strongest] ? i : strongest;
            }

            answer = repertoireIds[strongest];
        }

        return new MirrorEstimate(
            time,
            gesture,
            best < 0 ? 0 : gestureProbabilities[best],
            TimeSpan.FromSeconds(tte),
            confidence,
            answer);
    }
}
