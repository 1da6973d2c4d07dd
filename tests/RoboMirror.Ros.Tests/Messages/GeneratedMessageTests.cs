using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Messages.GeometryMsgs;
using RoboMirror.Ros.Messages.HriMsgs;
using RoboMirror.Ros.Messages.RmwDdsCommon;
using RoboMirror.Ros.Messages.RobomirrorMsgs;
using RoboMirror.Ros.Messages.RosgraphMsgs;
using RoboMirror.Ros.Messages.SensorMsgs;

namespace RoboMirror.Ros.Tests.Messages;

public sealed class GeneratedMessageTests
{
    [Fact]
    public void TypeInfo_JointState_HasRosAndDdsNames()
    {
        Assert.Equal("sensor_msgs/msg/JointState", JointState.TypeInfo.RosName);
        Assert.Equal("sensor_msgs::msg::dds_::JointState_", JointState.TypeInfo.DdsName);
        Assert.Equal("sensor_msgs", JointState.TypeInfo.Package);
        Assert.Equal("JointState", JointState.TypeInfo.ShortName);
    }

    [Fact]
    public void Definition_JointState_AppendsDependenciesInMcapForm()
    {
        var separator = new string('=', 80);
        var definition = JointState.TypeInfo.Definition;

        Assert.Contains("float64[] position\n", definition, StringComparison.Ordinal);
        Assert.Contains($"\n{separator}\nMSG: std_msgs/Header\n", definition, StringComparison.Ordinal);
        Assert.Contains($"\n{separator}\nMSG: builtin_interfaces/Time\n", definition, StringComparison.Ordinal);
        Assert.True(definition.IndexOf("MSG: std_msgs/Header", StringComparison.Ordinal) < definition.IndexOf("MSG: builtin_interfaces/Time", StringComparison.Ordinal));
        Assert.DoesNotContain('\r', definition);
    }

    [Fact]
    public void Definition_TypeWithoutDependencies_HasNoSeparator()
    {
        Assert.DoesNotContain("MSG:", Point.TypeInfo.Definition, StringComparison.Ordinal);
    }

    [Fact]
    public void Constants_Skeleton2D_FollowRos4HriIndices()
    {
        Assert.Equal(0, Skeleton2D.NOSE);
        Assert.Equal(1, Skeleton2D.NECK);
        Assert.Equal(2, Skeleton2D.RIGHT_SHOULDER);
        Assert.Equal(7, Skeleton2D.LEFT_WRIST);
        Assert.Equal(13, Skeleton2D.LEFT_ANKLE);
        Assert.Equal(14, Skeleton2D.LEFT_EYE);
        Assert.Equal(15, Skeleton2D.RIGHT_EYE);
        Assert.Equal(16, Skeleton2D.LEFT_EAR);
        Assert.Equal(17, Skeleton2D.RIGHT_EAR);
    }

    [Fact]
    public void Constants_RobomirrorMsgs_HaveTypesAndValuesOfTheMsgFiles()
    {
        Assert.Equal("mirror", TurnState.POLICY_MIRROR);
        Assert.Equal(5, TurnState.SAFETY_HOLD);
        Assert.Equal(11, TurnEvent.SAFETY_HOLD_CLEARED);
        Assert.Equal(9, PartnerState.JOINT_COUNT);
        Assert.Equal(1.2f, MirrorSignal.ACTIVITY_BIN_EDGE_3);
    }

    [Fact]
    public void Constructor_Quaternion_UsesTheMsgDefaults()
    {
        var identity = new Quaternion();

        Assert.Equal((0.0, 0.0, 0.0, 1.0), (identity.X, identity.Y, identity.Z, identity.W));
    }

    [Fact]
    public void Constructor_FixedArrays_HaveTheirLengthAndDistinctElements()
    {
        var state = new PartnerState();

        Assert.Equal(PartnerState.JOINT_COUNT, state.Joints.Length);
        Assert.Equal(9, state.Confidences.Length);
        Assert.Equal(9, state.Joints.Distinct().Count());
        Assert.Equal(16, new Gid().Data.Length);
        Assert.Equal(4, new MirrorSignal().ActivityProjection.Length);
    }

    [Fact]
    public void Property_FieldNamedLikeItsClass_GetsValueSuffix()
    {
        var clock = new Clock();
        clock.ClockValue.Sec = 3;

        Assert.Equal("clock", clock.ToFieldTree().Keys.Single());
    }
}
