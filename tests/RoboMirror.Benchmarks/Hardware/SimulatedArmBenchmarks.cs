using BenchmarkDotNet.Attributes;
using RoboMirror.Hardware.Arms;
using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Simulation;

namespace RoboMirror.Benchmarks.Hardware;

/// <summary>
/// One control cycle of the simulated arm while streaming (stepped clocking): the cost against the 2 ms budget
/// of a 500 Hz UR. The real-time deadline-miss rate is measured by <c>robomirror arm check --arm sim</c>.
/// </summary>
[MemoryDiagnoser]
public class SimulatedArmBenchmarks
{
    private readonly double[] _target = ArmModels.Ur5e.Home.ToArray();
    private readonly JointState _state = new(6);
    private SimulatedArm _arm = null!;
    private double _phase;

    [GlobalSetup]
    public void Setup()
    {
        _arm = new SimulatedArm(ArmModels.Ur5e, TimeProvider.System, new SimulatedArmOptions { Clocking = SimulationClocking.Stepped, WatchdogPeriod = TimeSpan.FromSeconds(1) });
        _arm.ConfigureAsync(CancellationToken.None).GetAwaiter().GetResult();
        _arm.ActivateAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _arm.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public double StreamStepRead()
    {
        _phase += 0.002;
        _target[0] = ArmModels.Ur5e.Home[0] + 0.2 * Math.Sin(_phase);
        _arm.StreamTarget(_target);
        _arm.Step();
        _arm.ReadState(_state);
        return _state.Positions[0];
    }
}
