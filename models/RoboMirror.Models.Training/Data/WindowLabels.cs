using RoboMirror.Models.Contract;

namespace RoboMirror.Models.Training.Data;

/// <summary>
/// The targets of a window that ends at time t of an interaction whose gesture proper runs from start to
/// stop: the gesture class (the gesture while t is inside it, else "none"), the fraction of each activity
/// bin [t + a, t + b] during which the partner is in the gesture, and how much of the gesture has been seen.
/// </summary>
internal readonly record struct WindowLabels(int GestureClass, float[] Activity, float ActiveWithinHorizon, bool InGesture, double FractionSeen, double SecondsToEnd)
{
    public static WindowLabels At(double t, double start, double stop, int gestureClass)
    {
        var inGesture = t >= start && t <= stop;
        var activity = new float[ActivityBins.Count];
        var active = 0f;
        for (var k = 0; k < ActivityBins.Count; k++)
        {
            var a = t + ActivityBins.Edges[k];
            var b = t + ActivityBins.Edges[k + 1];
            var overlap = Math.Max(0d, Math.Min(b, stop) - Math.Max(a, start));
            activity[k] = (float)(overlap / (b - a));
            active += activity[k] * ActivityBins.Width(k);
        }

        var fraction = stop > start ? Math.Clamp((t - start) / (stop - start), 0d, 1d) : 1d;
        return new WindowLabels(inGesture ? gestureClass : 0, activity, active, inGesture, fraction, stop - t);
    }
}
