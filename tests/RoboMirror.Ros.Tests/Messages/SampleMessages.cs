using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Messages.BuiltinInterfaces;
using RoboMirror.Ros.Messages.GeometryMsgs;
using RoboMirror.Ros.Messages.HriMsgs;
using RoboMirror.Ros.Messages.RmwDdsCommon;
using RoboMirror.Ros.Messages.RobomirrorMsgs;
using RoboMirror.Ros.Messages.RosgraphMsgs;
using RoboMirror.Ros.Messages.SensorMsgs;
using RoboMirror.Ros.Messages.StdMsgs;
using RoboMirror.Ros.Messages.TrajectoryMsgs;
using Bool = RoboMirror.Ros.Messages.StdMsgs.Bool;
using RosString = RoboMirror.Ros.Messages.StdMsgs.String;

namespace RoboMirror.Ros.Tests.Messages;

/// <summary>A named message for codec tests; <see cref="AsciiOnly"/> is false when a string holds non-ASCII text.</summary>
public sealed record SampleMessage(string Name, RosMessageType Type, object Message, bool AsciiOnly = true)
{
    public override string ToString() => Name;
}

/// <summary>Messages of every generated type, with the edge cases a codec gets wrong: empty and long
/// sequences, non-ASCII strings, NaN and infinities, nested arrays, fixed arrays, bounded strings.</summary>
public static class SampleMessages
{
    public static readonly string[] ArmJoints =
        ["shoulder_pan_joint", "shoulder_lift_joint", "elbow_joint", "wrist_1_joint", "wrist_2_joint", "wrist_3_joint", "gripper_joint"];

    // The quiet NaNs JavaScript (and most C code) produce. .NET's double.NaN and float.NaN have the sign bit
    // set (FFF8... / FFC0...); the codec keeps whichever bits it is given, so the interop samples use these.
    private static readonly double NaN = BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0000);
    private static readonly float NaN32 = BitConverter.Int32BitsToSingle(0x7FC0_0000);

    public static IReadOnlyList<SampleMessage> All { get; } = Build();

    public static JointState SevenJointState() => new()
    {
        Header = Header(1_732_000_000, 123_456_789, "base_link"),
        Name = [.. ArmJoints],
        Position = [0.0, -1.5707963267948966, 1.2, -0.3, 1.5707963267948966, 0.1, 0.04],
        Velocity = [0.01, -0.02, 0.03, -0.04, 0.05, -0.06, 0.0],
        Effort = [1.5, -20.25, 8.0, 0.5, -0.125, 0.0625, 3.0],
    };

    public static Header Header(int sec, uint nanosec, string frame) => new() { Stamp = new Time { Sec = sec, Nanosec = nanosec }, FrameId = frame };

    private static List<SampleMessage> Build()
    {
        var list = new List<SampleMessage>();
        void Add<T>(string name, T message, bool asciiOnly = true)
            where T : class, IRosMessage<T>, IFieldTreeMessage<T>, new() => list.Add(new(name, RosMessageType.For<T>(), message, asciiOnly));

        Add("string_empty", new RosString());
        Add("string_hello", new RosString { Data = "hello" });
        Add("string_long", new RosString { Data = new string('x', 5000) + "end" });
        Add("string_non_ascii", new RosString { Data = "héllo wörld ✓ 日本語 😀" }, asciiOnly: false);
        Add("bool_true", new Bool { Data = true });
        Add("bool_false", new Bool());
        Add("time_negative", new Time { Sec = -2, Nanosec = 500_000_000 });
        Add("duration_extremes", new Duration { Sec = int.MaxValue, Nanosec = 999_999_999 });
        Add("header", Header(1_700_000_000, 42, "base_link"));
        Add("header_empty_frame", new Header());
        Add("multiarray_dimension", new MultiArrayDimension { Label = "rows", Size = 3, Stride = 12 });
        Add("multiarray_layout", new MultiArrayLayout { Dim = [new() { Label = "a", Size = 2, Stride = 6 }, new() { Label = "bc", Size = 3, Stride = 3 }], DataOffset = 1 });
        Add("float64_multiarray_empty", new Float64MultiArray());
        Add("float64_multiarray_special_values", new Float64MultiArray
        {
            Layout = new MultiArrayLayout { Dim = [new() { Label = "x", Size = 7, Stride = 7 }] },
            Data = [NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, double.Epsilon, double.MaxValue, double.MinValue],
        });
        Add("float64_multiarray_long", new Float64MultiArray { Data = [.. Enumerable.Range(0, 3000).Select(i => Math.Sin(i) * 1e3)] });
        Add("point", new Point { X = 1.5, Y = -2.25, Z = 1e-300 });
        Add("vector3", new Vector3 { X = NaN, Y = double.PositiveInfinity, Z = double.NegativeInfinity });
        Add("quaternion_default", new Quaternion());
        Add("pose", new Pose { Position = new Point { X = 0.4, Y = 0.1, Z = 0.3 }, Orientation = new Quaternion { X = 0.7071067811865476, W = 0.7071067811865476 } });
        Add("pose_stamped", new PoseStamped { Header = Header(5, 6, "tool0"), Pose = new Pose { Position = new Point { Z = 1 } } });
        Add("pose_array_two_hands", new PoseArray
        {
            Header = Header(7, 8, "base_link"),
            Poses = [new Pose { Position = new Point { X = 0.9, Y = -0.2, Z = 0.35 } }, new Pose { Position = new Point { X = 1.1, Y = 0.25, Z = 0.4 } }],
        });
        Add("pose_array_empty", new PoseArray());
        Add("twist", new Twist { Linear = new Vector3 { X = 0.25 }, Angular = new Vector3 { Z = -0.5 } });
        Add("joint_state_seven_joints", SevenJointState());
        Add("joint_state_empty", new JointState());
        Add("joint_state_names_only", new JointState { Name = ["a", "", "ccc"], Position = [1.0] });
        Add("joint_trajectory_three_points", new JointTrajectory
        {
            Header = Header(10, 0, string.Empty),
            JointNames = [.. ArmJoints.Take(3)],
            Points =
            [
                new() { Positions = [0, 0, 0], TimeFromStart = new Duration { Sec = 0, Nanosec = 500_000_000 } },
                new() { Positions = [0.1, 0.2, 0.3], Velocities = [0.01, 0.02, 0.03], TimeFromStart = new Duration { Sec = 1 } },
                new() { Positions = [0.2, 0.4, 0.6], Velocities = [0, 0, 0], Accelerations = [0, 0, 0], Effort = [1, 2, 3], TimeFromStart = new Duration { Sec = 2, Nanosec = 1 } },
            ],
        });
        Add("joint_trajectory_empty_cancels", new JointTrajectory());
        Add("joint_trajectory_point", new JointTrajectoryPoint { Positions = [1, 2], Effort = [NaN], TimeFromStart = new Duration { Sec = -1, Nanosec = 750_000_000 } });
        Add("clock", new Clock { ClockValue = new Time { Sec = 12, Nanosec = 345 } });
        Add("ids_list", new IdsList { Header = Header(3, 4, "camera"), Ids = ["abcde", "f", "ghijklmno"] });
        Add("ids_list_non_ascii", new IdsList { Ids = ["körper_1", "人_2"] }, asciiOnly: false);
        Add("normalized_point", new NormalizedPointOfInterest2D { X = 0.5f, Y = 0.25f, C = 1f });
        Add("skeleton2d_eighteen_points", new Skeleton2D
        {
            Header = Header(7, 8, "head_camera"),
            Skeleton = [.. Enumerable.Range(0, 18).Select(i => new NormalizedPointOfInterest2D { X = i / 18f, Y = 1 - (i / 18f), C = i == 3 ? NaN32 : 0.9f })],
        });
        Add("gid", new Gid { Data = [.. Enumerable.Range(0, 16).Select(i => (byte)(i * 16))] });
        Add("node_entities_info", new NodeEntitiesInfo { NodeNamespace = "/robomirror", NodeName = new string('n', 256), ReaderGidSeq = [new Gid()], WriterGidSeq = [] });
        Add("participant_entities_info", new ParticipantEntitiesInfo
        {
            Gid = new Gid { Data = [.. Enumerable.Range(1, 16).Select(i => (byte)i)] },
            NodeEntitiesInfoSeq =
            [
                new() { NodeNamespace = "/", NodeName = "perception", WriterGidSeq = [new Gid { Data = [.. Enumerable.Repeat((byte)7, 16)] }] },
                new() { NodeNamespace = "/robomirror", NodeName = "turn_controller" },
            ],
        });
        Add("partner_state", PartnerState());
        Add("mirror_signal", MirrorSignal());
        Add("turn_state", new TurnState
        {
            Header = Header(100, 1, "base_link"),
            State = TurnState.TRANSITION,
            StateName = "transition",
            Policy = TurnState.POLICY_MIRROR,
            HasPredictedPartnerEnd = true,
            PredictedPartnerEnd = new Time { Sec = 100, Nanosec = 400_000_000 },
            HasScheduledOnset = true,
            ScheduledOnset = new Time { Sec = 100, Nanosec = 608_000_000 },
            AnswerId = "wave_back",
        });
        Add("turn_event", new TurnEvent
        {
            Header = Header(100, 2, string.Empty),
            Kind = TurnEvent.ONSET_SCHEDULED,
            KindName = "onset_scheduled",
            FromState = TurnState.PARTNER_TURN,
            ToState = TurnState.TRANSITION,
            EventTime = new Time { Sec = 100, Nanosec = 608_000_000 },
            Evidence = "p_active(0-0.2 s)=0.18 < 0.3",
            EvidenceNames = ["p_active_0", "threshold"],
            EvidenceValues = [0.18, 0.3],
        });
        return list;
    }

    private static PartnerState PartnerState()
    {
        var state = new PartnerState
        {
            Header = Header(50, 60, "partner_body"),
            PartnerId = "b7x2k",
            Tracked = true,
            LeftHandVelocity = new Vector3 { X = 0.5, Y = -0.1 },
            RightHandVelocity = new Vector3 { Z = 1.25 },
            LeftArmMotionEnergy = 0.3f,
            RightArmMotionEnergy = 1.75f,
            LeftHandDrift = 0.125f,
            RightHandDrift = 0.875f,
            Active = true,
        };
        for (var i = 0; i < state.Joints.Length; i++)
        {
            state.Joints[i] = new Point { X = i * 0.1, Y = -i * 0.05, Z = 1.2 + (i * 0.01) };
            state.Confidences[i] = i == RoboMirror.Ros.Messages.RobomirrorMsgs.PartnerState.HEAD ? 0f : 0.5f + (i * 0.05f);
        }

        return state;
    }

    private static MirrorSignal MirrorSignal() => new()
    {
        Header = Header(50, 70, string.Empty),
        PartnerId = "b7x2k",
        Latent = [.. Enumerable.Range(0, 64).Select(i => MathF.Cos(i) / 8f)],
        GestureClasses = ["wave", "handshake", "fist_bump", "none"],
        GestureProbabilities = [0.7f, 0.2f, 0.05f, 0.05f],
        ActivityProjection = [0.95f, 0.6f, NaN32, float.NegativeInfinity],
        ExpectedTimeToEnd = float.PositiveInfinity,
        RepertoireIds = ["wave_back", "handshake"],
        Resonance = [0.83f, -0.1f],
        ModelId = "mirror-v1.onnx@3f2a9c1b0d4e",
    };
}
