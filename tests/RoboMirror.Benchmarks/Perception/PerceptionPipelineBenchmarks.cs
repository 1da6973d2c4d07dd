using BenchmarkDotNet.Attributes;
using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Streaming;

namespace RoboMirror.Benchmarks.Perception;

/// <summary>
/// Per-frame cost of the perception hot path: canonicalisation of a raw Kinect v1 frame, One Euro
/// filtering, velocities, accelerations, arm energies and workspace features, for one person, and a
/// whole second of a 16-person, 60 Hz stream. Run:
/// <c>dotnet run -c Release --project tests/RoboMirror.Benchmarks -- --filter '*PerceptionPipeline*' --job short --inProcess</c>
/// </summary>
[MemoryDiagnoser]
public class PerceptionPipelineBenchmarks
{
    private const int People = 16;
    private const int Rate = 60;
    private static readonly string[] Ids = Enumerable.Range(0, People).Select(i => $"body_{i}").ToArray();
    private readonly float[][] _frames = new float[64][];
    private PerceptionPipeline _pipeline = null!;
    private long _tick;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        for (var f = 0; f < _frames.Length; f++)
        {
            var frame = new float[60];
            for (var j = 0; j < 20; j++)
            {
                // A standing person 2 m away with ~1 cm jitter; left arm swinging.
                var (x, y) = BaseJoint(j);
                var swing = j is >= 5 and <= 7 ? 0.2f * MathF.Sin(f * 0.2f) : 0f;
                frame[j * 3] = x + swing + (0.01f * (float)(random.NextDouble() - 0.5));
                frame[(j * 3) + 1] = y + (0.01f * (float)(random.NextDouble() - 0.5));
                frame[(j * 3) + 2] = 2f + (0.01f * (float)(random.NextDouble() - 0.5));
            }

            _frames[f] = frame;
        }

        _pipeline = new PerceptionPipeline(new StreamOptions
        {
            ReorderWindow = TimeSpan.Zero,
            Workspace = new RobotWorkspace(System.Numerics.Matrix4x4.CreateTranslation(0f, 0f, -1.5f), System.Numerics.Vector3.Zero, 0.85f),
        });
    }

    /// <summary>One person, one frame: raw Kinect v1 values in, features out.</summary>
    [Benchmark]
    public FrameRejection OnePersonOneFrame()
    {
        var t = TimeSpan.FromTicks(++_tick * (TimeSpan.TicksPerSecond / Rate));
        return _pipeline.Push(SkeletonLayouts.KinectV1, _frames[_tick % _frames.Length], default, t, Ids[0]);
    }

    /// <summary>Sixteen people at 60 Hz for one second of stream (960 frames).</summary>
    [Benchmark(OperationsPerInvoke = People * Rate)]
    public void SixteenPeopleOneSecondAt60Hz()
    {
        for (var f = 0; f < Rate; f++)
        {
            var t = TimeSpan.FromTicks(++_tick * (TimeSpan.TicksPerSecond / Rate));
            var values = _frames[_tick % _frames.Length];
            for (var p = 0; p < People; p++)
            {
                _pipeline.Push(SkeletonLayouts.KinectV1, values, default, t, Ids[p]);
            }
        }
    }

    private static (float X, float Y) BaseJoint(int j) => j switch
    {
        0 => (0f, 0f),
        1 => (0f, 0.2f),
        2 => (0f, 0.5f),
        3 => (0f, 0.75f),
        4 => (-0.2f, 0.5f),
        5 => (-0.25f, 0.25f),
        6 => (-0.27f, 0.05f),
        7 => (-0.28f, 0f),
        8 => (0.2f, 0.5f),
        9 => (0.25f, 0.25f),
        10 => (0.27f, 0.05f),
        11 => (0.28f, 0f),
        _ => (j < 16 ? -0.1f : 0.1f, -0.3f - (0.1f * (j % 4))),
    };
}
