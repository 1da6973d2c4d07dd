using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using RoboMirror.Ros.Transport;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// <c>robomirror topic pub [-r RATE] [-1 | -t N] [-w N] TOPIC TYPE [VALUES]</c>: publishes a message built
/// from YAML values, as <c>ros2 topic pub</c> does, printing "publishing #N: …" for each one.
/// </summary>
internal sealed class TopicPubCommand(IAnsiConsole console) : TopicCommandBase<TopicPubCommand.Settings>(console)
{
    private static readonly TimeSpan MatchPollInterval = TimeSpan.FromMilliseconds(100);

    internal sealed class Settings : TopicQosSettings
    {
        [CommandArgument(0, "<TOPIC>")]
        [Description("The fully qualified topic, e.g. /chatter.")]
        public string Topic { get; init; } = string.Empty;

        [CommandArgument(1, "<TYPE>")]
        [Description("The message type, e.g. std_msgs/msg/String.")]
        public string Type { get; init; } = string.Empty;

        [CommandArgument(2, "[VALUES]")]
        [Description("Field values in YAML, e.g. \"{data: hello}\". Default: every field at its default.")]
        public string Values { get; init; } = string.Empty;

        [CommandOption("-r|--rate <HZ>")]
        [Description("Publishing rate in Hz. Default: 1.")]
        public double Rate { get; init; } = 1.0;

        [CommandOption("-p|--print <N>")]
        [Description("Prints every N-th published message; 0 prints none. Default: 1.")]
        public int Print { get; init; } = 1;

        [CommandOption("--once")]
        [Description("Publishes one message, then exits (ros2 also spells it -1, which this parser cannot take). Default: off.")]
        public bool Once { get; init; }

        [CommandOption("-t|--times <N>")]
        [Description("Publishes N messages, then exits. Default: 0 (until Ctrl-C).")]
        public int Times { get; init; }

        [CommandOption("-w|--wait-matching-subscriptions <N>")]
        [Description("Waits for N matching subscriptions before publishing. Default: 1 with --once or --times, else 0.")]
        public int? WaitMatching { get; init; }

        [CommandOption("--keep-alive <SECONDS>")]
        [Description("Keeps the publisher alive this long after the last message, so reliable subscriptions receive it. Default: 0.1.")]
        public double KeepAlive { get; init; } = 0.1;

        public int Count => Once ? 1 : Times;

        public override ValidationResult Validate()
        {
            var problem =
                Rate <= 0 ? $"--rate {Rate.ToString(CultureInfo.InvariantCulture)} must be positive"
                : Times < 0 ? $"--times {Times} must not be negative"
                : Print < 0 ? $"--print {Print} must not be negative"
                : WaitMatching is < 0 ? $"--wait-matching-subscriptions {WaitMatching} must not be negative"
                : KeepAlive < 0 ? "--keep-alive must not be negative"
                : null;
            return problem is null ? base.Validate() : ValidationResult.Error(problem);
        }
    }

    protected override async Task<int> RunAsync(TopicSession session, Settings settings, CancellationToken cancellationToken)
    {
        var type = await session.ResolveTypeAsync(settings.Topic, settings.Type, cancellationToken).ConfigureAwait(false);
        var tree = TopicYaml.ParseValues(settings.Values);
        var message = type.FromFieldTree(tree);
        var buffer = new ArrayBufferWriter<byte>(1024);
        type.Serialize(message, buffer);
        var repr = TopicMessageRepr.Format(type, type.ToFieldTree(message));
        using var writer = session.Transport.CreateWriter(session.Node, new TopicDescription(settings.Topic, type.TypeInfo), settings.BuildQos());

        var waitFor = settings.WaitMatching ?? (settings.Count > 0 ? 1 : 0);
        if (waitFor > 0)
        {
            WriteLine($"Waiting for at least {waitFor} matching subscription(s)...");
            while (writer.MatchedReaderCount < waitFor)
            {
                await Task.Delay(MatchPollInterval, session.Time, cancellationToken).ConfigureAwait(false);
            }
        }

        WriteLine("publisher: beginning loop");
        // A fixed-rate schedule, like ros2's timer: each publish is due at start + n·period, so the time
        // spent publishing and printing does not lower the rate.
        var period = TimeSpan.FromSeconds(1.0 / settings.Rate);
        var start = session.Time.GetTimestamp();
        for (var published = 1; ; published++)
        {
            writer.Write(buffer.WrittenSpan);
            if (settings.Print > 0 && published % settings.Print == 0)
            {
                WriteLine($"publishing #{published}: {repr}");
                WriteLine(string.Empty);
            }

            if (settings.Count > 0 && published >= settings.Count)
            {
                break;
            }

            var wait = (period * published) - session.Time.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, session.Time, cancellationToken).ConfigureAwait(false);
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(settings.KeepAlive), session.Time, cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
