using System.Globalization;
using System.Xml.Linq;
using RoboMirror.Hardware.Description;
using YamlDotNet.RepresentationModel;

namespace RoboMirror.Launch.Tests.Descriptions;

/// <summary>
/// Structural checks of the Gazebo robot descriptions in launch/: well-formed, complete for gz_ros2_control, and in
/// agreement with hardware/'s arm descriptions. Whether Gazebo loads them is checked on a machine with Gazebo.
/// </summary>
public sealed class RobotDescriptionTests
{
    public static TheoryData<string> Arms => ["ur5e", "fr3"];

    private static ArmDescription Hardware(string robot) => ArmModels.ByName[robot];

    private static XElement Urdf(string robot) => XDocument.Load(Path.Combine(Repository.LaunchFolder, "urdf", $"{robot}.urdf")).Root!;

    private static YamlMappingNode Controllers(string robot)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Repository.LaunchFolder, "config", $"{robot}_controllers.yaml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Arms))]
    public void Urdf_MovableJoints_AreTheHardwareJointsWithTheSameLimits(string robot)
    {
        var urdf = Urdf(robot);
        var movable = urdf.Elements("joint").Where(j => (string?)j.Attribute("type") is "revolute" or "continuous" or "prismatic").ToList();
        var arm = Hardware(robot);

        Assert.Equal(arm.JointNames(), movable.Select(j => (string)j.Attribute("name")!));
        foreach (var (joint, description) in movable.Zip(arm.Joints))
        {
            var limit = joint.Element("limit")!;
            Assert.Equal(description.Limits.MinPosition, Number(limit, "lower"), 6);
            Assert.Equal(description.Limits.MaxPosition, Number(limit, "upper"), 6);
            Assert.Equal(description.Limits.MaxVelocity, Number(limit, "velocity"), 6);
            Assert.True(Number(limit, "effort") > 0, $"{description.Name} has no effort limit");
        }
    }

    [Theory]
    [MemberData(nameof(Arms))]
    public void Urdf_LinksAndJoints_FormOneTreeWithInertiaOnEveryMovingLink(string robot)
    {
        var urdf = Urdf(robot);
        var links = urdf.Elements("link").Select(l => (string)l.Attribute("name")!).ToHashSet();
        var joints = urdf.Elements("joint").ToList();
        var children = joints.Select(j => (string)j.Element("child")!.Attribute("link")!).ToList();

        Assert.All(joints, j => Assert.Contains((string)j.Element("parent")!.Attribute("link")!, links));
        Assert.All(children, c => Assert.Contains(c, links));
        Assert.Equal(children.Count, children.Distinct().Count());
        Assert.Equal(["world"], links.Except(children));
        foreach (var joint in joints.Where(j => (string?)j.Attribute("type") == "revolute"))
        {
            var child = urdf.Elements("link").Single(l => (string?)l.Attribute("name") == (string)joint.Element("child")!.Attribute("link")!);
            Assert.True(Number(child.Element("inertial")!.Element("mass")!, "value") > 0, $"{child.Attribute("name")} has no mass");
        }
    }

    [Theory]
    [MemberData(nameof(Arms))]
    public void Urdf_Ros2ControlBlock_UsesGazeboSimSystemForEveryJoint(string robot)
    {
        var urdf = Urdf(robot);
        var control = Assert.Single(urdf.Elements("ros2_control"));

        Assert.Equal("gz_ros2_control/GazeboSimSystem", control.Element("hardware")!.Element("plugin")!.Value);
        Assert.Equal(Hardware(robot).JointNames(), control.Elements("joint").Select(j => (string)j.Attribute("name")!));
        Assert.All(control.Elements("joint"), j =>
        {
            Assert.Contains("position", j.Elements("command_interface").Select(c => (string)c.Attribute("name")!));
            Assert.Equal(["position", "velocity"], j.Elements("state_interface").Select(c => (string)c.Attribute("name")!));
        });
        var plugin = urdf.Element("gazebo")!.Element("plugin")!;
        Assert.Equal("gz_ros2_control-system", (string)plugin.Attribute("filename")!);
        Assert.Equal("gz_ros2_control::GazeboSimROS2ControlPlugin", (string)plugin.Attribute("name")!);
        Assert.Equal("@CONTROLLERS_YAML@", plugin.Element("parameters")!.Value);
    }

    [Theory]
    [MemberData(nameof(Arms))]
    public void Urdf_InitialJointValues_AreTheHardwareHomePose(string robot)
    {
        var control = Urdf(robot).Element("ros2_control")!;
        var initial = control.Elements("joint")
            .Select(j => double.Parse(j.Elements("state_interface").First().Element("param")!.Value, CultureInfo.InvariantCulture));

        Assert.Equal(Hardware(robot).Home, initial, (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Theory]
    [MemberData(nameof(Arms))]
    public void ControllersYaml_RunsAtTheArmRateWithTrajectoryControllerOverEveryUrdfJoint(string robot)
    {
        var yaml = Controllers(robot);
        var manager = (YamlMappingNode)((YamlMappingNode)yaml["controller_manager"])["ros__parameters"];
        var trajectory = (YamlMappingNode)((YamlMappingNode)yaml["joint_trajectory_controller"])["ros__parameters"];
        var urdfJoints = Urdf(robot).Elements("joint").Select(j => (string)j.Attribute("name")!).ToHashSet();

        Assert.Equal(Hardware(robot).ControlRateHz, double.Parse(((YamlScalarNode)manager["update_rate"]).Value!, CultureInfo.InvariantCulture));
        Assert.Equal("joint_state_broadcaster/JointStateBroadcaster", ((YamlScalarNode)((YamlMappingNode)manager["joint_state_broadcaster"])["type"]).Value);
        Assert.Equal("joint_trajectory_controller/JointTrajectoryController", ((YamlScalarNode)((YamlMappingNode)manager["joint_trajectory_controller"])["type"]).Value);
        var joints = ((YamlSequenceNode)trajectory["joints"]).Select(n => ((YamlScalarNode)n).Value!).ToList();
        Assert.All(joints, j => Assert.Contains(j, urdfJoints));
        Assert.Equal(Hardware(robot).JointNames(), joints);
        Assert.Equal(["position"], ((YamlSequenceNode)trajectory["command_interfaces"]).Select(n => ((YamlScalarNode)n).Value));
    }

    [Fact]
    public void World_IsSdfWithTableAndPartnerAndAOneMillisecondStep()
    {
        var sdf = XDocument.Load(Path.Combine(Repository.LaunchFolder, "worlds", "turn_taking.sdf")).Root!;
        var world = sdf.Element("world")!;

        Assert.Equal("sdf", sdf.Name.LocalName);
        Assert.Equal("turn_taking", (string)world.Attribute("name")!);
        Assert.Contains("table", world.Elements("model").Select(m => (string)m.Attribute("name")!));
        Assert.Contains("partner", world.Elements("model").Select(m => (string)m.Attribute("name")!));
        var step = double.Parse(world.Element("physics")!.Element("max_step_size")!.Value, CultureInfo.InvariantCulture);
        Assert.True(1.0 / step >= ArmModels.ByName.Values.Max(a => a.ControlRateHz), "the physics step is slower than the fastest controller");
        Assert.Contains("gz::sim::systems::Physics", world.Elements("plugin").Select(p => (string)p.Attribute("name")!));
    }

    [Fact]
    public void BridgeYaml_BridgesTheClockFromGazeboToRos()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Repository.LaunchFolder, "config", "gz_bridge.yaml"));
        stream.Load(reader);
        var entries = ((YamlSequenceNode)stream.Documents[0].RootNode).Cast<YamlMappingNode>().ToList();

        var clock = Assert.Single(entries, e => ((YamlScalarNode)e["ros_topic_name"]).Value == "/clock");
        Assert.Equal("rosgraph_msgs/msg/Clock", ((YamlScalarNode)clock["ros_type_name"]).Value);
        Assert.Equal("gz.msgs.Clock", ((YamlScalarNode)clock["gz_type_name"]).Value);
        Assert.Equal("GZ_TO_ROS", ((YamlScalarNode)clock["direction"]).Value);
        string[] keys = ["ros_topic_name", "gz_topic_name", "ros_type_name", "gz_type_name", "direction"];
        Assert.All(entries, e => Assert.Equal(keys, e.Children.Keys.Select(k => ((YamlScalarNode)k).Value)));
    }
}
