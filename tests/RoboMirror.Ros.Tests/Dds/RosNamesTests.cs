using RoboMirror.Ros.Dds;

namespace RoboMirror.Ros.Tests.Dds;

public sealed class RosNamesTests
{
    [Theory]
    [InlineData("/chatter", "rt/chatter")]
    [InlineData("/humans/bodies/tracked", "rt/humans/bodies/tracked")]
    public void ToDdsTopic_FullyQualifiedName_GetsTheRtPrefix(string ros, string dds)
    {
        Assert.Equal(dds, RosNames.ToDdsTopic(ros));
        Assert.Equal(ros, RosNames.FromDdsTopic(dds));
    }

    [Theory]
    [InlineData("ros_discovery_info")]
    [InlineData("DCPSParticipant")]
    [InlineData("rq/add_two_intsRequest")]
    [InlineData("rt/")]
    public void FromDdsTopic_NotARosTopic_ReturnsNull(string dds) => Assert.Null(RosNames.FromDdsTopic(dds));

    [Fact]
    public void ToDdsTopic_RelativeName_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => RosNames.ToDdsTopic("chatter"));
        Assert.Contains("'chatter'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("std_msgs/msg/String", "std_msgs::msg::dds_::String_")]
    [InlineData("rmw_dds_common/msg/ParticipantEntitiesInfo", "rmw_dds_common::msg::dds_::ParticipantEntitiesInfo_")]
    public void ToDdsType_RosType_IsMangledAsRmwCycloneDdsDoes(string ros, string dds)
    {
        Assert.Equal(dds, RosNames.ToDdsType(ros));
        Assert.Equal(ros, RosNames.FromDdsType(dds));
    }

    [Fact]
    public void FromDdsType_NonRosType_IsReturnedUnchanged() => Assert.Equal("HelloWorld", RosNames.FromDdsType("HelloWorld"));
}
