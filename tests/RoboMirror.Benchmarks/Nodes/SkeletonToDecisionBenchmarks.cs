using System.Numerics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using RoboMirror.Controller.Inputs;
using RoboMirror.Controller.Policies;
using RoboMirror.Controller.Safety;
using RoboMirror.Controller.Simulation;
using RoboMirror.Controller.Turns;
using RoboMirror.Perception.Segmentation;
using RoboMirror.Perception.Skeleton;
using RoboMirror.Perception.Streaming;
using RoboMirror.Ros;
using RoboMirror.Ros.Clocks;
using RoboMirror.Ros.Messages.RobomirrorMsgs;
using RoboMirror.Ros.Qos;
using RosTurnEvent = RoboMirror.Ros.Messages.RobomirrorMsgs.TurnEvent;
using TurnEvent = RoboMirror.Controller.Turns.TurnEvent;

namespace RoboMirror.Benchmarks.Nodes;

/// <summary>
/// End to end in one process, as `robomirror sim` wires it on the in-process transport: a 3D skeleton frame
/// published on /robomirror/partner_skeleton → perception (PerceptionPipeline, ActivitySegmenter) →
/// /robomirror/partner_state → turn controller (TurnTakingStateMachine, reactive policy) → its turn events
/// published, each hop a real ROS publisher/subscription with XCDR1 (de)serialization, spun until idle.
/// One operation = one frame of a waving partner at 30 Hz. Target: p99 ≤ 1 ms (read P95 and Max).
/// The node classes themselves are internal to RoboMirror.Nodes (not referenced here); this chain does what
/// they do per frame. Run:
///   dotnet run -c Release --project tests/RoboMirror.Benchmarks -- --filter '*SkeletonToDecision*' --job short --inProcess
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Percentiles))]
public class SkeletonToDecisionBenchmarks : IDisposable
{
    private static readonly TimeSpan FramePeriod = TimeSpan.FromSeconds(1.0 / 30);

    private readonly List<TurnEvent> _events = new(16);
    private readonly CanonicalSkeleton _frame = new();
    private readonly CanonicalSkeleton _received = new();
    private readonly PartnerState _skeletonMessage = new();
    private readonly PartnerState _stateMessage = new();
    private SimTimeProvider _clock = null!;
    private IRosContext _ros = null!;
    private IExecutor _executor = null!;
    private IPublisher<PartnerState> _skeletons = null!;
    private GestureClip _clip = null!;
    private TurnTakingStateMachine _machine = null!;
    private TimeSpan _now;
    private int _decisions;

    private sealed class Percentiles : ManualConfig
    {
        public Percentiles() => AddColumn(StatisticColumn.P95, StatisticColumn.Max);
    }

    [GlobalSetup]
    public void Setup()
    {
        _clock = new SimTimeProvider();
        _clock.Update(DateTimeOffset.UnixEpoch);
        _ros = Ros2.Init(new RosContextOptions { TimeProvider = _clock });
        _executor = _ros.CreateExecutor();
        _clip = SyntheticGestures.Create("waving", new Random(1));

        var perception = _ros.CreateNode("partner_perception");
        var pipeline = new PerceptionPipeline(new StreamOptions { ReorderWindow = TimeSpan.Zero });
        var segmenter = new ActivitySegmenter();
        var states = perception.CreatePublisher<PartnerState>("/robomirror/partner_state", QosProfile.SensorData);
        pipeline.FeaturesReady += f =>
        {
            segmenter.Update(f.Timestamp, f.MotionEnergy, f.HandDrift);
            _stateMessage.Header.Stamp = RosTime.FromDateTimeOffset(DateTimeOffset.UnixEpoch + f.Timestamp);
            _stateMessage.Tracked = true;
            _stateMessage.RightArmMotionEnergy = f.RightArmEnergy;
            _stateMessage.LeftArmMotionEnergy = f.LeftArmEnergy;
            _stateMessage.LeftHandDrift = f.LeftHandDrift;
            _stateMessage.RightHandDrift = f.RightHandDrift;
            _stateMessage.Active = segmenter.IsActive;
            states.Publish(_stateMessage);
        };
        perception.CreateSubscription<PartnerState>("/robomirror/partner_skeleton", m =>
        {
            _received.Reset(SkeletonSpace.Body3D);
            _received.Timestamp = RosTime.ToDateTimeOffset(m.Header.Stamp) - DateTimeOffset.UnixEpoch;
            _received.PersonId = "partner";
            for (var i = 0; i < CanonicalJoints.Count; i++)
            {
                _received.Set((CanonicalJoint)i, new Vector3((float)m.Joints[i].X, (float)m.Joints[i].Y, (float)m.Joints[i].Z), m.Confidences[i]);
            }

            pipeline.Push(_received);
        }, QosProfile.SensorData);

        var controller = _ros.CreateNode("turn_controller");
        _machine = new TurnTakingStateMachine(new TurnSettings(), new ReactivePolicy(new TimingSettings()), new SafetyMonitor(new SafetySettings()));
        var events = controller.CreatePublisher<RosTurnEvent>("/robomirror/turn_events", QosProfile.Default);
        controller.CreateSubscription<PartnerState>("/robomirror/partner_state", m =>
        {
            var t = RosTime.ToDateTimeOffset(m.Header.Stamp) - DateTimeOffset.UnixEpoch;
            _events.Clear();
            var input = new ControllerInput(t, new PartnerObservation(t, m.Tracked, m.Active, Math.Max(m.LeftArmMotionEnergy, m.RightArmMotionEnergy), HandDrift: Math.Max(m.LeftHandDrift, m.RightHandDrift)), null, new ArmObservation(t, 0, false, false));
            _machine.Step(input, _events);
            _decisions++;
            foreach (var e in _events)
            {
                events.Publish(new RosTurnEvent { Kind = (byte)e.Kind, Evidence = e.Evidence });
            }
        }, QosProfile.SensorData);

        var publisherNode = _ros.CreateNode("simulated_partner");
        _skeletons = publisherNode.CreatePublisher<PartnerState>("/robomirror/partner_skeleton", QosProfile.SensorData);
        _executor.Add(perception);
        _executor.Add(controller);
        _executor.Add(publisherNode);
    }

    /// <summary>One skeleton frame in, spun until the controller has decided; returns decisions so far.</summary>
    [Benchmark]
    public int FrameToDecision()
    {
        _now += FramePeriod;
        var clipTime = TimeSpan.FromTicks(_now.Ticks % _clip.Duration.Ticks);
        _clip.FrameAt(clipTime).CopyTo(_frame);
        _skeletonMessage.Header.Stamp = RosTime.FromDateTimeOffset(DateTimeOffset.UnixEpoch + _now);
        _skeletonMessage.Tracked = true;
        for (var i = 0; i < CanonicalJoints.Count; i++)
        {
            var p = _frame.Position((CanonicalJoint)i);
            var point = _skeletonMessage.Joints[i];
            point.X = p.X;
            point.Y = p.Y;
            point.Z = p.Z;
            _skeletonMessage.Confidences[i] = _frame.Confidence((CanonicalJoint)i);
        }

        _clock.Update(DateTimeOffset.UnixEpoch + _now);
        _skeletons.Publish(_skeletonMessage);
        while (_executor.SpinOnce(TimeSpan.Zero) > 0)
        {
        }

        return _decisions;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _executor?.Dispose();
        _ros?.Dispose();
        GC.SuppressFinalize(this);
    }
}
