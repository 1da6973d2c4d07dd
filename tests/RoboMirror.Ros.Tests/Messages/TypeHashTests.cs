using RoboMirror.Ros.Messages;

namespace RoboMirror.Ros.Tests.Messages;

public sealed class TypeHashTests
{
    // Official REP-2011 hashes, as rosidl_generator_type_description writes them into the generated C code
    // of ROS 2 Jazzy packages (the *_EXPECTED_HASH constants of idl__description.c) and, for String, the
    // test vector in the project's references.
    [Theory]
    [InlineData("std_msgs/msg/String", "RIHS01_df668c740482bbd48fb39d76a70dfd4bd59db1288021743503259e948f6b1a18")]
    [InlineData("std_msgs/msg/Header", "RIHS01_f49fb3ae2cf070f793645ff749683ac6b06203e41c891e17701b1cb597ce6a01")]
    [InlineData("builtin_interfaces/msg/Time", "RIHS01_b106235e25a4c5ed35098aa0a61a3ee9c9b18d197f398b0e4206cea9acf9c197")]
    [InlineData("builtin_interfaces/msg/Duration", "RIHS01_e8d009f659816f758b75334ee1a9ca5b5c0b859843261f14c7f937349599d93b")]
    [InlineData("geometry_msgs/msg/Point", "RIHS01_6963084842a9b04494d6b2941d11444708d892da2f4b09843b9c43f42a7f6881")]
    [InlineData("geometry_msgs/msg/Quaternion", "RIHS01_8a765f66778c8ff7c8ab94afcc590a2ed5325a1d9a076ffff38fbce36f458684")]
    [InlineData("geometry_msgs/msg/Vector3", "RIHS01_cc12fe83e4c02719f1ce8070bfd14aecd40f75a96696a67a2a1f37f7dbb0765d")]
    [InlineData("geometry_msgs/msg/Pose", "RIHS01_d501954e9476cea2996984e812054b68026ae0bfae789d9a10b23daf35cc90fa")]
    [InlineData("geometry_msgs/msg/Twist", "RIHS01_9c45bf16fe0983d80e3cfe750d6835843d265a9a6c46bd2e609fcddde6fb8d2a")]
    [InlineData("sensor_msgs/msg/JointState", "RIHS01_a13ee3a330e346c9d87b5aa18d24e11690752bd33a0350f11c5882bc9179260e")]
    [InlineData("trajectory_msgs/msg/JointTrajectoryPoint", "RIHS01_de8907036d8bd45aac6f30cc9044a3d4a329c42cbf719aff7d95a584cfa532d7")]
    public void TypeHash_OfficialType_EqualsRosidlHash(string rosName, string expected)
    {
        var type = RosMessageRegistry.Get(rosName);

        Assert.Equal(expected, type.TypeInfo.TypeHash);
    }

    [Fact]
    public void TypeHash_EveryType_IsRihs01WithSixtyFourHexDigits()
    {
        foreach (var type in RosMessageRegistry.All)
        {
            Assert.Matches("^RIHS01_[0-9a-f]{64}$", type.TypeInfo.TypeHash);
        }
    }

    [Fact]
    public void TypeHash_DistinctTypes_AreDistinct()
    {
        var hashes = RosMessageRegistry.All.Select(t => t.TypeInfo.TypeHash).ToList();

        // Point and Vector3 have identical fields but different names, so even they differ.
        Assert.Equal(hashes.Count, hashes.Distinct(StringComparer.Ordinal).Count());
    }
}
