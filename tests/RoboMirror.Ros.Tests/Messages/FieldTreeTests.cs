using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Messages.GeometryMsgs;
using RoboMirror.Ros.Messages.RmwDdsCommon;
using RoboMirror.Ros.Messages.SensorMsgs;
using RoboMirror.Ros.Messages.TrajectoryMsgs;

namespace RoboMirror.Ros.Tests.Messages;

public sealed class FieldTreeTests
{
    [Fact]
    public void ToFieldTree_JointState_HasFieldsInDefinitionOrderWithPlainValues()
    {
        var tree = SampleMessages.SevenJointState().ToFieldTree();

        Assert.Equal(["header", "name", "position", "velocity", "effort"], tree.Keys);
        var header = Assert.IsType<OrderedDictionary<string, object?>>(tree["header"]);
        var stamp = Assert.IsType<OrderedDictionary<string, object?>>(header["stamp"]);
        Assert.Equal(1_732_000_000, stamp["sec"]);
        Assert.Equal(123_456_789u, stamp["nanosec"]);
        Assert.Equal("base_link", header["frame_id"]);
        Assert.Equal("elbow_joint", Assert.IsType<object?[]>(tree["name"])[2]);
        Assert.Equal(1.2, Assert.IsType<object?[]>(tree["position"])[2]);
    }

    [Fact]
    public void FromFieldTree_YamlTextValues_ConvertsLikeRos2TopicPub()
    {
        // What a YAML parser hands over for: {header: {stamp: {sec: 5}}, name: [a, b], position: [1, .nan]}
        var yaml = new Dictionary<object, object?>
        {
            ["header"] = new Dictionary<object, object?> { ["stamp"] = new Dictionary<object, object?> { ["sec"] = "5" } },
            ["name"] = new List<object?> { "a", "b" },
            ["position"] = new List<object?> { "1", ".nan" },
        };

        var message = (JointState)RosMessageRegistry.Get("sensor_msgs/JointState").FromFieldTree(FieldTree.AsMap(yaml, string.Empty));

        Assert.Equal(5, message.Header.Stamp.Sec);
        Assert.Equal(0u, message.Header.Stamp.Nanosec);
        Assert.Equal(["a", "b"], message.Name);
        Assert.Equal(1.0, message.Position[0]);
        Assert.True(double.IsNaN(message.Position[1]));
        Assert.Empty(message.Velocity);
    }

    [Fact]
    public void FromFieldTree_MissingFields_KeepDefaults()
    {
        var quaternion = Quaternion.FromFieldTree(new Dictionary<string, object?> { ["x"] = 0.5 }, string.Empty);

        Assert.Equal(0.5, quaternion.X);
        Assert.Equal(1.0, quaternion.W);
    }

    [Fact]
    public void FromFieldTree_UnknownField_ThrowsWithPathAndFieldList()
    {
        var tree = new Dictionary<string, object?> { ["header"] = new Dictionary<string, object?> { ["stamp"] = new Dictionary<string, object?> { ["secs"] = 1 } } };

        var error = Assert.Throws<FieldTreeException>(() => JointState.FromFieldTree(tree, string.Empty));

        Assert.Equal("header.stamp.secs", error.Path);
        Assert.Contains("builtin_interfaces/msg/Time has no such field; its fields are: sec, nanosec", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("300")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("seven")]
    public void FromFieldTree_ValueOutsideItsType_ThrowsNamingTheElement(string value)
    {
        var tree = new Dictionary<string, object?> { ["data"] = Enumerable.Repeat<object?>("1", 15).Append(value).ToList() };

        var error = Assert.Throws<FieldTreeException>(() => Gid.FromFieldTree(tree, string.Empty));

        Assert.Equal("data[15]", error.Path);
    }

    [Fact]
    public void FromFieldTree_FixedArrayOfWrongLength_Throws()
    {
        var tree = new Dictionary<string, object?> { ["data"] = new object?[] { 1, 2, 3 } };

        var error = Assert.Throws<FieldTreeException>(() => Gid.FromFieldTree(tree, string.Empty));

        Assert.Contains("expected exactly 16 elements, got 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFieldTree_StringPastItsBound_Throws()
    {
        var tree = new Dictionary<string, object?> { ["node_name"] = new string('n', 257) };

        var error = Assert.Throws<FieldTreeException>(() => NodeEntitiesInfo.FromFieldTree(tree, string.Empty));

        Assert.Equal("node_name", error.Path);
    }

    [Fact]
    public void FromFieldTree_NestedArrayElement_ReportsIndexedPath()
    {
        var tree = new Dictionary<string, object?>
        {
            ["points"] = new List<object?> { new Dictionary<string, object?>(), new Dictionary<string, object?> { ["positions"] = "not a list" } },
        };

        var error = Assert.Throws<FieldTreeException>(() => JointTrajectory.FromFieldTree(tree, string.Empty));

        Assert.Equal("points[1].positions", error.Path);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void FieldTree_EverySample_RoundTripsToTheSameBytes(SampleMessage sample)
    {
        var tree = sample.Type.ToFieldTree(sample.Message);

        var rebuilt = sample.Type.FromFieldTree(tree);

        Assert.Equal(Serialize(sample.Type, sample.Message), Serialize(sample.Type, rebuilt));
    }

    public static TheoryData<SampleMessage> Samples() => [.. SampleMessages.All];

    private static byte[] Serialize(RosMessageType type, object message)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        type.Serialize(message, buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
