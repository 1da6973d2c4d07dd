using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Messages.StdMsgs;

namespace RoboMirror.Ros.Tests.Messages;

public sealed class RosMessageRegistryTests
{
    [Theory]
    [InlineData("std_msgs/msg/String")]
    [InlineData("std_msgs/String")]
    public void TryGet_RosNameLongOrShort_FindsTheGeneratedClass(string name)
    {
        Assert.True(RosMessageRegistry.TryGet(name, out var type));
        Assert.Equal(typeof(RoboMirror.Ros.Messages.StdMsgs.String), type.ClrType);
    }

    [Fact]
    public void TryGetByDdsName_DiscoveredTypeName_FindsTheType()
    {
        Assert.True(RosMessageRegistry.TryGetByDdsName("rmw_dds_common::msg::dds_::ParticipantEntitiesInfo_", out var type));
        Assert.Equal("rmw_dds_common/msg/ParticipantEntitiesInfo", type.TypeInfo.RosName);
    }

    [Fact]
    public void Get_UnknownType_ThrowsListingKnownTypes()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => RosMessageRegistry.Get("nav_msgs/msg/Odometry"));

        Assert.Contains("nav_msgs/msg/Odometry", error.Message, StringComparison.Ordinal);
        Assert.Contains("sensor_msgs/msg/JointState", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_ListsEveryMsgFileOnce()
    {
        var names = RosMessageRegistry.All.Select(t => t.TypeInfo.RosName).ToList();

        Assert.Equal(29, names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Contains("hri_msgs/msg/Skeleton2D", names);
        Assert.Contains("robomirror_msgs/msg/TurnEvent", names);
    }

    [Fact]
    public void Serialize_ThroughRuntimeType_MatchesGenericSerializer()
    {
        var type = RosMessageRegistry.Get("std_msgs/msg/Header");
        var header = SampleMessages.Header(1, 2, "map");
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();

        type.Serialize(header, buffer);

        Assert.Equal(Ros.Serialization.RosSerializer.SerializeToArray(header), buffer.WrittenSpan.ToArray());
        Assert.True(type.TryDeserialize(buffer.WrittenSpan, out var decoded, out _));
        Assert.Equal("map", ((Header)decoded).FrameId);
    }

    [Fact]
    public void Serialize_ThroughRuntimeTypeWithOtherType_ThrowsNamingBoth()
    {
        var type = RosMessageRegistry.Get("std_msgs/msg/Header");

        var error = Assert.Throws<ArgumentException>(() => type.Serialize(new Bool(), new System.Buffers.ArrayBufferWriter<byte>()));

        Assert.Contains("std_msgs/msg/Header", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bool", error.Message, StringComparison.Ordinal);
    }
}
