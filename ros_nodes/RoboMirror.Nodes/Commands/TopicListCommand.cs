using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary><c>robomirror topic list</c>: the topics seen on the graph, as <c>ros2 topic list</c> prints them.</summary>
internal sealed class TopicListCommand(IAnsiConsole console) : TopicCommandBase<TopicListCommand.Settings>(console)
{
    internal sealed class Settings : TopicSettings
    {
        [CommandOption("-t|--show-types")]
        [Description("Also prints each topic's type in brackets. Default: off.")]
        public bool ShowTypes { get; init; }

        [CommandOption("-c|--count-topics")]
        [Description("Prints only the number of topics. Default: off.")]
        public bool CountTopics { get; init; }

        [CommandOption("-a|--include-hidden-topics")]
        [Description("Includes hidden topics (a name token starting with '_'). Default: off.")]
        public bool IncludeHidden { get; init; }
    }

    protected override async Task<int> RunAsync(TopicSession session, Settings settings, CancellationToken cancellationToken)
    {
        await session.WaitForDiscoveryAsync(cancellationToken).ConfigureAwait(false);
        var topics = session.Endpoints()
            .Where(e => settings.IncludeHidden || !IsHidden(e.RosTopic))
            .GroupBy(e => e.RosTopic, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Topic: g.Key, Types: g.Select(e => e.RosType).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .ToList();
        if (settings.CountTopics)
        {
            WriteLine(topics.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        }

        foreach (var (topic, types) in topics)
        {
            WriteLine(settings.ShowTypes ? $"{topic} [{string.Join(", ", types)}]" : topic);
        }

        return 0;
    }

    private static bool IsHidden(string topic) => topic.Split('/').Any(token => token.StartsWith('_'));
}
