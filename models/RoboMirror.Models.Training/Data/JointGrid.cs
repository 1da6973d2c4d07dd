using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Retargeting;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Models.Training.Data;

/// <summary>
/// The robot's own motor commands for a recorded person: their arm motion retargeted onto a robot arm by
/// RoboMirror.Hardware's <see cref="TrajectoryRetargeting"/>, sampled at the model's grid instants
/// (radians, [frames × joints]).
/// </summary>
internal static class JointGrid
{
    public static float[] From(ArmDescription arm, IReadOnlyList<CanonicalSkeleton> person, double rateHz, int frames)
    {
        ArgumentNullException.ThrowIfNull(arm);
        ArgumentNullException.ThrowIfNull(person);
        var trajectory = TrajectoryRetargeting.Retarget(arm, person).Trajectory;
        var joints = arm.JointCount;
        var start = trajectory.Points[0].Positions.ToArray();
        var positions = new double[joints];
        var grid = new float[frames * joints];
        for (var g = 0; g < frames; g++)
        {
            trajectory.Sample(TimeSpan.FromSeconds(g / rateHz), start, positions);
            for (var j = 0; j < joints; j++)
            {
                grid[(g * joints) + j] = (float)positions[j];
            }
        }

        return grid;
    }
}
