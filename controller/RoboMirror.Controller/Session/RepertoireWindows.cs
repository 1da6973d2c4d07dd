using RoboMirror.Hardware.Trajectories;

namespace RoboMirror.Controller.Session;

/// <summary>
/// The execution encoder's view of a repertoire movement: joint positions sampled on the model's grid
/// (<c>frames</c> instants <c>1 / rate</c> apart, frames × joints, oldest first, radians), taken from the
/// middle of the movement, where the gesture itself is (before it: the approach; after it: the way home).
/// </summary>
public static class RepertoireWindows
{
    /// <summary>The window of <paramref name="movement"/>; shorter movements are held at their ends.</summary>
    public static float[] Sample(JointTrajectory movement, int frames, double rateHz)
    {
        ArgumentNullException.ThrowIfNull(movement);
        ArgumentOutOfRangeException.ThrowIfLessThan(frames, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(rateHz, 0d);
        var joints = movement.JointNames.Count;
        var span = TimeSpan.FromSeconds((frames - 1) / rateHz);
        var start = (movement.Duration - span) / 2;
        var first = movement.Points[0].Positions.ToArray();
        var positions = new double[joints];
        var window = new float[frames * joints];
        for (var f = 0; f < frames; f++)
        {
            var t = start + TimeSpan.FromSeconds(f / rateHz);
            movement.Sample(t < TimeSpan.Zero ? TimeSpan.Zero : t, first, positions);
            for (var j = 0; j < joints; j++)
            {
                window[(f * joints) + j] = (float)positions[j];
            }
        }

        return window;
    }
}
