using System.Numerics;
using BenchmarkDotNet.Attributes;
using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Retargeting;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Benchmarks.Hardware;

/// <summary>Retargeting one skeleton frame onto an arm (filter, workspace, warm-started IK, limits): target ≤ 20 µs.</summary>
[MemoryDiagnoser]
public class RetargetingBenchmarks
{
    private const int Frames = 300;
    private readonly CanonicalSkeleton[] _wave = new CanonicalSkeleton[Frames];
    private readonly double[] _ur5eTargets = new double[6];
    private readonly double[] _fr3Targets = new double[7];
    private ArmRetargeter _ur5e = null!;
    private ArmRetargeter _fr3 = null!;
    private int _index;
    private TimeSpan _time;

    [GlobalSetup]
    public void Setup()
    {
        var shoulder = new Vector3(0, -0.5f, 0);
        for (var i = 0; i < Frames; i++)
        {
            var swing = (float)(0.35 * Math.Sin(2 * Math.PI * i / 30.0));
            var skeleton = new CanonicalSkeleton(SkeletonSpace.Body3D);
            skeleton.Set(CanonicalJoint.RightShoulder, shoulder, 1);
            skeleton.Set(CanonicalJoint.RightHand, shoulder + new Vector3(0.4f, -0.3f + swing, 1.1f), 1);
            _wave[i] = skeleton;
        }

        _ur5e = new ArmRetargeter(ArmModels.Ur5e, ArmSide.Right);
        _fr3 = new ArmRetargeter(ArmModels.FrankaFr3, ArmSide.Right);
    }

    [Benchmark]
    public RetargetResult Ur5eFrame() => _ur5e.Update(Next(), _ur5eTargets);

    [Benchmark]
    public RetargetResult Fr3Frame() => _fr3.Update(Next(), _fr3Targets);

    private CanonicalSkeleton Next()
    {
        var frame = _wave[_index];
        _index = (_index + 1) % Frames;
        _time += TimeSpan.FromSeconds(1 / 30.0);
        frame.Timestamp = _time;
        return frame;
    }
}
