using BenchmarkDotNet.Attributes;
using RoboMirror.Controller.Inputs;
using RoboMirror.Controller.Policies;
using RoboMirror.Controller.Safety;
using RoboMirror.Controller.Turns;

namespace RoboMirror.Benchmarks.Controller;

/// <summary>One controller step (safety + state machine + mirror policy) during a partner's turn. Target ≤ 10 µs.</summary>
[MemoryDiagnoser]
public class ControllerStepBenchmarks
{
    private readonly List<TurnEvent> _events = new(64);
    private TurnTakingStateMachine _machine = null!;
    private TimeSpan _now;

    [GlobalSetup]
    public void Setup()
    {
        _machine = new TurnTakingStateMachine(new TurnSettings(), new MirrorPolicy(new TimingSettings()), new SafetyMonitor(new SafetySettings()));
        _now = TimeSpan.FromSeconds(1);
        Step(); // enter the partner's turn
    }

    [Benchmark]
    public ControllerDecision Step()
    {
        _now += TimeSpan.FromMilliseconds(1);
        _events.Clear();
        var input = new ControllerInput(
            _now,
            new PartnerObservation(_now, true, true, 0.7),
            new MirrorEstimate(_now, "waving", 0.9, TimeSpan.FromSeconds(30), 0.8, "wave"),
            new ArmObservation(_now, 0, false, false),
            MinSeparation: 1.5);
        return _machine.Step(input, _events);
    }
}
