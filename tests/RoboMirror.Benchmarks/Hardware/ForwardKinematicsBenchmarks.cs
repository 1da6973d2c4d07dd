using BenchmarkDotNet.Attributes;
using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Kinematics;

namespace RoboMirror.Benchmarks.Hardware;

/// <summary>Forward kinematics of every link frame: target ≤ 1 µs and no allocation for a 6- and a 7-joint arm.</summary>
[MemoryDiagnoser]
public class ForwardKinematicsBenchmarks
{
    private readonly Pose[] _ur5eFrames = new Pose[ArmModels.Ur5e.Kinematics.FrameCount];
    private readonly Pose[] _fr3Frames = new Pose[ArmModels.FrankaFr3.Kinematics.FrameCount];
    private readonly double[] _ur5eQ = [0.1, -1.2, 1.4, -1.6, -1.5, 0.3];
    private readonly double[] _fr3Q = [0.1, -0.7, 0.2, -2.3, 0.1, 1.6, 0.8];

    [Benchmark]
    public Pose Ur5eAllFrames()
    {
        ArmModels.Ur5e.Kinematics.ForwardKinematics(_ur5eQ, _ur5eFrames);
        return _ur5eFrames[^1];
    }

    [Benchmark]
    public Pose Fr3AllFrames()
    {
        ArmModels.FrankaFr3.Kinematics.ForwardKinematics(_fr3Q, _fr3Frames);
        return _fr3Frames[^1];
    }
}
