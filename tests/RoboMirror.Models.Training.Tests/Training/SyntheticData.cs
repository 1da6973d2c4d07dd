using System.Numerics;
using RoboMirror.Models.Contract;
using RoboMirror.Models.Training.Data;
using RoboMirror.Models.Training.Network;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Models.Training.Tests.Training;

/// <summary>
/// Made-up interactions for fast trainer tests: the right hand moves in a gesture-specific pattern
/// (frequency and axis) between a start and a stop, and rests otherwise.
/// </summary>
internal static class SyntheticData
{
    public static WindowSet Windows(MirrorNetworkSettings settings, int interactionsPerGesture, bool withJoints = false)
    {
        var grids = new List<InteractionGrid>();
        for (var gesture = 1; gesture < GestureLabels.Default.Count; gesture++)
        {
            for (var r = 0; r < interactionsPerGesture; r++)
            {
                var grid = Grid(gesture, r, settings.FrameRateHz);
                grids.Add(withJoints ? grid.WithFollower(Joints(grid, gesture, settings.JointCount), settings.JointCount) : grid);
            }
        }

        return WindowSet.Build(grids, settings.WindowFrames, hop: 1);
    }

    // A made-up "own motor command": during the gesture one joint per gesture oscillates; at rest all hold.
    private static float[] Joints(InteractionGrid grid, int gesture, int jointCount)
    {
        var joints = new float[grid.Frames * jointCount];
        for (var g = 0; g < grid.Frames; g++)
        {
            var t = grid.TimeOf(g);
            if (t >= grid.StartSeconds && t <= grid.StopSeconds)
            {
                joints[(g * jointCount) + (gesture % jointCount)] = MathF.Sin((float)(2 * Math.PI * 0.8 * t));
            }
        }

        return joints;
    }

    private static InteractionGrid Grid(int gesture, int recording, double rateHz)
    {
        const double Start = 1.0;
        var stop = 3.0 + (0.3 * recording);
        var stream = new List<CanonicalSkeleton>();
        for (var i = 0; i < 150; i++)
        {
            var t = i / 30.0;
            var skeleton = new CanonicalSkeleton(SkeletonSpace.Body3D) { Timestamp = TimeSpan.FromSeconds(t) };
            foreach (var joint in CanonicalJoints.All)
            {
                skeleton.Set(joint, new Vector3(0f, (int)joint * 0.1f, -0.5f), 1f);
            }

            if (t >= Start && t <= stop)
            {
                var phase = (float)(2 * Math.PI * gesture * 0.7 * t);
                var axis = gesture % 2 == 0 ? new Vector3(0f, 1f, 0f) : new Vector3(1f, 0f, 0f);
                skeleton.Set(CanonicalJoint.RightHand, new Vector3(0f, -0.5f, 0.5f) + (axis * MathF.Sin(phase) * 0.3f * gesture), 1f);
            }

            stream.Add(skeleton);
        }

        return InteractionGrid.FromStream($"synthetic/{gesture}_{recording}", $"pair_{recording}", gesture, stream, Start, stop, rateHz);
    }
}
