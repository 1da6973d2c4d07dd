using System.Buffers;
using System.ComponentModel;
using RoboMirror.Ros.Transport;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// <c>robomirror topic echo [--once] TOPIC [TYPE]</c>: prints each message as YAML followed by <c>---</c>,
/// as <c>ros2 topic echo</c> does. Without TYPE the type is read from the graph.
/// </summary>
internal sealed class TopicEchoCommand(IAnsiConsole console) : TopicCommandBase<TopicEchoCommand.Settings>(console)
{
    internal sealed class Settings : TopicQosSettings
    {
        [CommandArgument(0, "<TOPIC>")]
        [Description("The fully qualified topic, e.g. /chatter.")]
        public string Topic { get; init; } = string.Empty;

        [CommandArgument(1, "[TYPE]")]
        [Description("The message type, e.g. std_msgs/msg/String. Default: the type the graph shows for the topic.")]
        public string? Type { get; init; }

        [CommandOption("--once")]
        [Description("Prints the first message received, then exits. Default: off (runs until Ctrl-C).")]
        public bool Once { get; init; }

        [CommandOption("--field <FIELD>")]
        [Description("Prints only this field, with dots for nested fields (e.g. header.stamp). Default: the whole message.")]
        public string? Field { get; init; }
    }

    protected override async Task<int> RunAsync(TopicSession session, Settings settings, CancellationToken cancellationToken)
    {
        await session.WaitForDiscoveryAsync(cancellationToken).ConfigureAwait(false);
        var type = await session.ResolveTypeAsync(settings.Topic, settings.Type, cancellationToken).ConfigureAwait(false);
        var publishers = session.Endpoints().Where(e => e.IsWriter && e.RosTopic == settings.Topic).ToList();
        var reader = session.Transport.CreateReader(session.Node, new TopicDescription(settings.Topic, type.TypeInfo), settings.BuildQos(publishers));
        using var signal = new TopicReaderSignal(reader);
        var buffer = new ArrayBufferWriter<byte>(1024);
        while (true)
        {
            buffer.ResetWrittenCount();
            if (!reader.TryTake(buffer, out _))
            {
                await signal.WaitAsync(Timeout.InfiniteTimeSpan, session.Time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!type.TryDeserialize(buffer.WrittenSpan, out var message, out var error))
            {
                WriteLine($"dropped a sample that could not be decoded: {error}");
                continue;
            }

            var tree = type.ToFieldTree(message);
            var text = settings.Field is null ? TopicYaml.Write(tree) : TopicYaml.WriteValue(Select(tree, settings.Field));
            Write(text);
            WriteLine("---");
            if (settings.Once)
            {
                return 0;
            }
        }
    }

    private static object? Select(OrderedDictionary<string, object?> tree, string field)
    {
        object? current = tree;
        foreach (var name in field.Split('.'))
        {
            current = current is OrderedDictionary<string, object?> map && map.TryGetValue(name, out var child)
                ? child
                : throw new TopicCommandException($"Invalid field '{field}': the message has no field '{name}' there.");
        }

        return current;
    }
}
