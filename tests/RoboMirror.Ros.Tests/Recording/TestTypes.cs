using RoboMirror.Ros.Messages;

namespace RoboMirror.Ros.Tests.Recording;

/// <summary>
/// Message types the recording tests write, with their <c>ros2msg</c> definitions (dependencies appended
/// as MCAP's ros2msg encoding wants them). Written here so the tests depend only on the codec, not on the
/// generated message classes.
/// </summary>
internal static class TestTypes
{
    private const string Separator = "================================================================================\n";

    private const string HeaderDependencies =
        Separator + "MSG: std_msgs/Header\n" +
        "builtin_interfaces/Time stamp\nstring frame_id\n" +
        Separator + "MSG: builtin_interfaces/Time\n" +
        "int32 sec\nuint32 nanosec\n";

    public static MessageTypeInfo String { get; } = new(
        "std_msgs/msg/String",
        "std_msgs::msg::dds_::String_",
        "RIHS01_df668c740482bbd48fb39d76a70dfd4bd59db1288021743503259e948f6b1a18",
        "string data\n");

    public static MessageTypeInfo JointState { get; } = new(
        "sensor_msgs/msg/JointState",
        "sensor_msgs::msg::dds_::JointState_",
        string.Empty,
        "std_msgs/Header header\nstring[] name\nfloat64[] position\nfloat64[] velocity\nfloat64[] effort\n" + HeaderDependencies);

    public static MessageTypeInfo Skeleton2D { get; } = new(
        "hri_msgs/msg/Skeleton2D",
        "hri_msgs::msg::dds_::Skeleton2D_",
        string.Empty,
        "uint8 NOSE=0\nuint8 NECK=1\nstd_msgs/Header header\nNormalizedPointOfInterest2D[] skeleton\n" + HeaderDependencies +
        Separator + "MSG: hri_msgs/NormalizedPointOfInterest2D\n" +
        "float32 x\nfloat32 y\nfloat32 c\n");
}
