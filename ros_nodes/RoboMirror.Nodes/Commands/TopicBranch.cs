using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>The <c>topic</c> verbs (list, info, echo, pub, hz), with ros2's syntax.</summary>
internal static class TopicBranch
{
    /// <summary>Adds <c>topic</c> to <paramref name="config"/>; <paramref name="runtime"/> (tests) replaces the default transports.</summary>
    public static void Add(IConfigurator config, TopicRuntime? runtime = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var data = runtime ?? TopicRuntime.Default;
        config.AddBranch("topic", topic =>
        {
            topic.SetDescription(
                "Inspects and drives ROS 2 topics like `ros2 topic`: list, info, echo, pub and hz, for every message "
                + "type RoboMirror knows. Uses Cyclone DDS by default (--transport dds), so it sees a running study "
                + "and any ROS 2 node on the domain.");
            topic.AddCommand<TopicListCommand>("list")
                .WithData(data)
                .WithDescription("Lists the topics on the graph; -t adds their types.")
                .WithExample("topic", "list", "-t");
            topic.AddCommand<TopicInfoCommand>("info")
                .WithData(data)
                .WithDescription("Prints a topic's type and its publisher and subscription counts; -v adds each endpoint's node, GID and QoS.")
                .WithExample("topic", "info", "-v", "/joint_states");
            topic.AddCommand<TopicEchoCommand>("echo")
                .WithData(data)
                .WithDescription("Prints the messages on a topic as YAML, each followed by ---.")
                .WithExample("topic", "echo", "--once", "/chatter", "std_msgs/msg/String");
            topic.AddCommand<TopicPubCommand>("pub")
                .WithData(data)
                .WithDescription("Publishes a message given as YAML values at a rate, once (--once) or N times (-t N).")
                .WithExample("topic", "pub", "-w", "1", "--times", "3", "/chatter", "std_msgs/msg/String", "{data: hello}");
            topic.AddCommand<TopicHzCommand>("hz")
                .WithData(data)
                .WithDescription("Prints the rate at which messages arrive on a topic, once a second.")
                .WithExample("topic", "hz", "/joint_states");
        });
    }
}
