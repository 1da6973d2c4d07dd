using RoboMirror.Controller.Answers;
using RoboMirror.Controller.Inputs;
using RoboMirror.Controller.Policies;
using RoboMirror.Controller.Safety;
using RoboMirror.Controller.Session;
using RoboMirror.Controller.Simulation;
using RoboMirror.Controller.Turns;
using Microsoft.Extensions.Logging;
using RoboMirror.Hardware.Description;
using RoboMirror.Hardware.Kinematics;
using RoboMirror.Hardware.Trajectories;
using RoboMirror.Nodes.Session;
using RoboMirror.Ros;
using PoseArray = RoboMirror.Ros.Messages.GeometryMsgs.PoseArray;
using RoboMirror.Ros.Messages.RobomirrorMsgs;
using RoboMirror.Ros.Qos;
using JointStateMessage = RoboMirror.Ros.Messages.SensorMsgs.JointState;
using RosString = RoboMirror.Ros.Messages.StdMsgs.String;
using RosTrajectory = RoboMirror.Ros.Messages.TrajectoryMsgs.JointTrajectory;
using RosTurnEvent = RoboMirror.Ros.Messages.RobomirrorMsgs.TurnEvent;
using RosTurnState = RoboMirror.Ros.Messages.RobomirrorMsgs.TurnState;
using TurnState = RoboMirror.Controller.Turns.TurnState;

namespace RoboMirror.Nodes.Nodes;

/// <summary>
/// The turn controller as a node: partner state, mirror signal and joint states in; the
/// <see cref="TurnTakingStateMachine"/> stepped at <c>rate_hz</c>; turn events, turn state and arm
/// commands (trajectory_msgs/JointTrajectory to <c>&lt;controller&gt;/joint_trajectory</c>, as ros2_control's
/// joint_trajectory_controller takes them) out. It steps once it has heard both the partner and the arm.
/// With the oracle policy it also reads the simulated partner's ground truth.
/// </summary>
internal sealed class TurnControllerNode : IDisposable
{
    /// <summary>The node's name.</summary>
    public const string NodeName = "turn_controller";

    private readonly INode _node;
    private readonly TurnTakingStateMachine _machine;
    private readonly AnswerRepertoire _answers;
    private readonly ArmTracker _arm = new();
    private readonly string _policy;
    private readonly string _defaultAnswer;
    private readonly List<Controller.Turns.TurnEvent> _events = [];
    private readonly List<IDisposable> _endpoints = [];
    private readonly IPublisher<RosTurnEvent> _eventPublisher;
    private readonly IPublisher<RosTurnState> _statePublisher;
    private readonly IPublisher<RosTrajectory> _commands;
    private readonly TimeSpan _statePeriod;
    private double[] _positions = [];
    private PartnerObservation? _partner;
    private MirrorEstimate? _mirror;
    private PartnerTurnRecord? _truth;

    /// <summary>The smallest change of speed scale that re-sends an answer under way.</summary>
    private const double RetimeStep = 0.05;

    private readonly System.Numerics.Vector3[] _hands = new System.Numerics.Vector3[2];
    private int _handCount;
    private TimeSpan? _handsStamp;
    private bool _noHandsWarned;
    private double _linkRadius;
    private Pose[] _frames = [];
    private System.Numerics.Vector3[] _origins = [];
    private SafetySettings _safety = new();
    private JointTrajectory? _executing;
    private double _executingScale = 1;
    private TimeSpan _executingSince;
    private readonly IAnswerSelector _selector;
    private TurnState? _publishedState;
    private TimeSpan _statePublishedAt;
    private string _answerId = string.Empty;
    private bool _stopSent;

    /// <summary>Creates the node; <paramref name="answers"/> null builds the repertoire from the parameters.</summary>
    public TurnControllerNode(INode node, AnswerRepertoire? answers = null)
    {
        _node = node ?? throw new ArgumentNullException(nameof(node));
        _policy = node.DeclareParameter("policy", "reactive");
        var rate = node.DeclareParameter("rate_hz", 100.0);
        var controller = node.DeclareParameter("controller", SessionTopics.DefaultController);
        var statePeriod = node.DeclareParameter("state_period_s", 1.0);
        var seed = (int)node.DeclareParameter("seed", 1L);
        var source = node.DeclareParameter("partner_source", "recordings");
        var dataFolder = node.DeclareParameter("data_folder", string.Empty);
        var armModel = node.DeclareParameter("arm_model", "ur5e");
        if (!(rate > 0) || !(statePeriod > 0))
        {
            throw new RosException(RosErrorCode.InvalidArguments, $"{NodeName}: rate_hz ({rate}) and state_period_s ({statePeriod}) must be positive.");
        }

        if (!ArmModels.ByName.TryGetValue(armModel, out var arm))
        {
            throw new RosException(RosErrorCode.InvalidArguments, $"{NodeName}: arm_model '{armModel}' is unknown; use one of: {string.Join(", ", ArmModels.ByName.Keys)}.");
        }

        var defaults = new TurnSettings();
        var timingDefaults = new TimingSettings();
        var resumeGrace = node.DeclareParameter("resume_grace_ms", defaults.ResumeGrace.TotalMilliseconds);
        var targetGap = node.DeclareParameter("target_gap_ms", timingDefaults.TargetGap.TotalMilliseconds);
        var armLatency = node.DeclareParameter("arm_latency_ms", timingDefaults.ArmLatency.TotalMilliseconds);
        var reactiveHold = node.DeclareParameter("reactive_hold_ms", timingDefaults.ReactiveHold.TotalMilliseconds);
        var answerSelection = node.DeclareParameter("answer_selection", "resonance");
        var answerMapping = node.DeclareParameter("answer_mapping", AnswerSelectors.DefaultMapping);
        var yieldMode = node.DeclareParameter("yield_mode", "stop");
        var yieldSpeedScale = node.DeclareParameter("yield_speed_scale", defaults.YieldSpeedScale);
        var defaultAnswer = node.DeclareParameter("default_answer", defaults.DefaultAnswer);
        var learnLatency = node.DeclareParameter("learn_arm_latency", defaults.LearnArmLatency);
        var safety = SafetyParameters.Declare(node);
        _safety = safety;
        _linkRadius = node.DeclareParameter("safety_link_radius_m", 0.06);
        if (!(_linkRadius >= 0))
        {
            throw new RosException(RosErrorCode.InvalidArguments, $"{NodeName}: safety_link_radius_m ({_linkRadius}) must not be negative.");
        }
        ITimingPolicy timing;
        TurnSettings settings;
        try
        {
            settings = (defaults with
            {
                ResumeGrace = TimeSpan.FromMilliseconds(resumeGrace),
                YieldMode = yieldMode switch
                {
                    "stop" => YieldMode.Stop,
                    "slow" => YieldMode.Slow,
                    _ => throw new ArgumentException($"yield_mode is '{yieldMode}'; use stop or slow."),
                },
                YieldSpeedScale = yieldSpeedScale,
                DefaultAnswer = defaultAnswer,
                LearnArmLatency = learnLatency,
            }).Validate();
            timing = TimingPolicies.Create(_policy, (timingDefaults with
            {
                TargetGap = TimeSpan.FromMilliseconds(targetGap),
                ArmLatency = TimeSpan.FromMilliseconds(armLatency),
                ReactiveHold = TimeSpan.FromMilliseconds(reactiveHold),
            }).Validate());
        }
        catch (ArgumentException e)
        {
            throw new RosException(RosErrorCode.InvalidArguments, $"{NodeName}: parameters (policy, resume_grace_ms, target_gap_ms, arm_latency_ms, reactive_hold_ms, yield_mode, yield_speed_scale, default_answer): {e.Message}", e);
        }

        _defaultAnswer = settings.DefaultAnswer;
        _machine = new TurnTakingStateMachine(settings, timing, new SafetyMonitor(safety));
        _answers = answers ?? PartnerSources.Load(source, dataFolder, seed, arm).Answers;
        try
        {
            _selector = AnswerSelectors.Create(answerSelection, answerMapping, _answers.Ids);
            if (!_answers.Ids.Contains(settings.DefaultAnswer))
            {
                throw new ArgumentException($"default_answer '{settings.DefaultAnswer}' is not in the repertoire ({string.Join(", ", _answers.Ids)}).");
            }
        }
        catch (ArgumentException e)
        {
            throw new RosException(RosErrorCode.InvalidArguments, $"{NodeName}: parameters (answer_selection, answer_mapping, default_answer): {e.Message}", e);
        }
        _statePeriod = TimeSpan.FromSeconds(statePeriod);
        _eventPublisher = node.CreatePublisher<RosTurnEvent>(SessionTopics.TurnEvents, SessionTopics.Events);
        _statePublisher = node.CreatePublisher<RosTurnState>(SessionTopics.TurnState, SessionTopics.State);
        _commands = node.CreatePublisher<RosTrajectory>(SessionTopics.JointTrajectory(controller), QosProfile.Default);
        _endpoints.Add(node.CreateSubscription<PartnerState>(SessionTopics.PartnerState, OnPartner, QosProfile.SensorData));
        _endpoints.Add(node.CreateSubscription<MirrorSignal>(SessionTopics.MirrorSignal, OnMirror, QosProfile.Default));
        _endpoints.Add(node.CreateSubscription<JointStateMessage>(SessionTopics.JointStates, OnJoints, QosProfile.SensorData));
        _endpoints.Add(node.CreateSubscription<PoseArray>(SessionTopics.PartnerHands, OnHands, QosProfile.SensorData));
        if (TimingPolicies.NeedsLabels(_policy))
        {
            _endpoints.Add(node.CreateSubscription<RosString>(SessionTopics.PartnerTruth, OnTruth, SessionTopics.Truth));
        }

        _endpoints.Add(node.CreateTimer(TimeSpan.FromSeconds(1 / rate), Step));
    }

    /// <summary>The controller's current state.</summary>
    public TurnState State => _machine.State;

    private void OnPartner(PartnerState m) =>
        _partner = new PartnerObservation(SessionTime.Of(m.Header.Stamp), m.Tracked, m.Active, Math.Max(m.LeftArmMotionEnergy, m.RightArmMotionEnergy), HandDrift: Math.Max(m.LeftHandDrift, m.RightHandDrift));

    private void OnMirror(MirrorSignal m)
    {
        var reading = MirrorSignalMessages.ToEstimate(m);
        _mirror = reading with { AnswerId = _selector.Select(reading) };
    }

    private void OnTruth(RosString m)
    {
        try
        {
            _truth = PartnerTruthJson.Read(m.Data);
        }
        catch (FormatException e)
        {
            _node.Logger.LogWarning("{Node}: partner truth ignored: {Reason}", NodeName, e.Message);
        }
    }

    private void OnHands(PoseArray m)
    {
        _handCount = Math.Min(m.Poses.Length, _hands.Length);
        for (var i = 0; i < _handCount; i++)
        {
            var p = m.Poses[i].Position;
            _hands[i] = new System.Numerics.Vector3((float)p.X, (float)p.Y, (float)p.Z);
        }

        _handsStamp = SessionTime.Of(m.Header.Stamp);
    }

    /// <summary>
    /// The smallest distance from the partner's hands to the arm (capsules between the link frames' origins, from the
    /// arm's forward kinematics at its latest joint state), or null when unknown: no hands in the robot's frame, or none
    /// newer than the partner timeout (the partner watchdog then holds anyway).
    /// </summary>
    private double? Separation(TimeSpan now)
    {
        if (_handsStamp is not { } stamp || now - stamp > _safety.PartnerTimeout || _handCount == 0)
        {
            return null;
        }

        var chain = _answers.Arm.Kinematics;
        if (_positions.Length != chain.JointCount)
        {
            return null;
        }

        if (_frames.Length != chain.FrameCount)
        {
            _frames = new Pose[chain.FrameCount];
            _origins = new System.Numerics.Vector3[chain.FrameCount];
        }

        chain.ForwardKinematics(_positions, _frames);
        for (var i = 0; i < _frames.Length; i++)
        {
            _origins[i] = _frames[i].Position;
        }

        return SeparationGeometry.MinDistance(_origins, _hands.AsSpan(0, _handCount), _linkRadius);
    }

    private void OnJoints(JointStateMessage m)
    {
        _arm.Observe(SessionTime.Of(m.Header.Stamp), m.Velocity);
        if (_positions.Length != m.Position.Length)
        {
            _positions = new double[m.Position.Length];
        }

        m.Position.CopyTo(_positions, 0);
    }

    private void Step()
    {
        var now = SessionTime.Now(_node);
        if (_partner is null || _arm.Latest is null)
        {
            return;
        }

        var labelled = _truth is { } t && t.Start <= now ? t : null;
        var separation = Separation(now);
        if (separation is null && _handsStamp is null && !_noHandsWarned && now > TimeSpan.FromSeconds(3))
        {
            _noHandsWarned = true;
            _node.Logger.LogWarning("{Node}: speed and separation monitoring is off: no partner hands on {Topic} (set camera_to_base on partner_perception, with a 3D body tracker)", NodeName, SessionTopics.PartnerHands);
        }

        var input = new ControllerInput(now, _partner, _mirror, _arm.Latest, labelled?.End, separation, labelled?.FollowerOnset);
        _events.Clear();
        var decision = _machine.Step(input, _events);
        foreach (var e in _events)
        {
            _eventPublisher.Publish(TurnMessages.ToMessage(e));
        }

        Apply(now, decision);
        if (_publishedState != _machine.State || now - _statePublishedAt >= _statePeriod)
        {
            _publishedState = _machine.State;
            _statePublishedAt = now;
            _statePublisher.Publish(TurnMessages.StateMessage(now, _machine.State, _policy, _machine.PredictedPartnerEnd, _machine.ScheduledCommand, _answerId));
        }
    }

    private void Apply(TimeSpan now, ControllerDecision decision)
    {
        switch (decision.Command)
        {
            case ControllerCommand.StartAnswer:
                _answerId = decision.AnswerId is { } id && _answers.Ids.Contains(id) ? id : _defaultAnswer;
                JointTrajectory trajectory;
                try
                {
                    trajectory = _answers.Plan(_answerId, _positions);
                }
                catch (ArgumentException e)
                {
                    _node.Logger.LogWarning("{Node}: answer '{Answer}' not sent: {Reason}", NodeName, _answerId, e.Message);
                    break;
                }

                var scale = decision.SpeedScale is > 0 and < 1 ? decision.SpeedScale : 1.0;
                _commands.Publish(TrajectoryMessages.ToMessage(trajectory, scale));
                _arm.Commanded(now, trajectory.Duration / scale);
                _executing = trajectory;
                _executingScale = scale;
                _executingSince = now;
                _stopSent = false;
                break;
            case ControllerCommand.Yield when decision.SpeedScale > 0:
                // Yielding by slowing down (yield_mode slow): the rest of the answer at the yield speed.
                Retime(now, decision.SpeedScale);
                break;
            case ControllerCommand.Yield or ControllerCommand.Hold when !_stopSent:
                _commands.Publish(TrajectoryMessages.Stop(_answers.Arm.JointNames()));
                _arm.Stopped();
                _executing = null;
                _stopSent = true;
                break;
            case ControllerCommand.None:
                // The safety monitor's speed scale (the partner's hands near the arm) applies to an answer under way.
                Retime(now, decision.SpeedScale);
                break;
        }
    }

    /// <summary>
    /// Sends what is left of the answer under way again at <paramref name="scale"/> of its planned speed, when that
    /// differs from the speed it runs at by at least <see cref="RetimeStep"/> (or reaches full speed again).
    /// </summary>
    private void Retime(TimeSpan now, double scale)
    {
        scale = Math.Clamp(scale, 0.01, 1.0);
        if (_executing is not { } trajectory || _stopSent || (Math.Abs(scale - _executingScale) < RetimeStep && !(scale >= 1 && _executingScale < 1)))
        {
            return;
        }

        var progress = (now - _executingSince) * _executingScale;
        var rest = trajectory.Remaining(progress);
        if (rest is null)
        {
            _executing = null;
            return;
        }

        _commands.Publish(TrajectoryMessages.ToMessage(rest, scale));
        _arm.Commanded(now, rest.Duration / scale);
        _executing = rest;
        _executingScale = scale;
        _executingSince = now;
    }

    public void Dispose()
    {
        foreach (var endpoint in _endpoints)
        {
            endpoint.Dispose();
        }

        _commands.Dispose();
        _statePublisher.Dispose();
        _eventPublisher.Dispose();
    }
}
