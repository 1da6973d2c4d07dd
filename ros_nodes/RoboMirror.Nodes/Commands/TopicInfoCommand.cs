using System.ComponentModel;
using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Qos;
using RoboMirror.Ros.Transport;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RoboMirror.Nodes.Commands;

/// <summary><c>robomirror topic info [-v] TOPIC</c>: type and endpoint counts, and with <c>-v</c> each endpoint's node, GID and QoS, as ros2 prints them.</summary>
internal sealed class TopicInfoCommand(IAnsiConsole console) : TopicCommandBase<TopicInfoCommand.Settings>(console)
{
    internal sealed class Settings : TopicSettings
    {
        [CommandArgument(0, "<TOPIC>")]
        [Description("The fully qualified topic, e.g. /chatter.")]
        public string Topic { get; init; } = string.Empty;

        [CommandOption("-v|--verbose")]
        [Description("Also prints every publisher and subscription: node, type, GID and QoS. Default: off.")]
        public bool Verbose { get; init; }
    }

    protected override async Task<int> RunAsync(TopicSession session, Settings settings, CancellationToken cancellationToken)
    {
        await session.WaitForDiscoveryAsync(cancellationToken).ConfigureAwait(false);
        var endpoints = session.Endpoints().Where(e => e.RosTopic == settings.Topic).ToList();
        if (endpoints.Count == 0)
        {
            throw new TopicCommandException($"Unknown topic '{settings.Topic}'");
        }

        var publishers = endpoints.Where(e => e.IsWriter).ToList();
        var subscriptions = endpoints.Where(e => !e.IsWriter).ToList();
        var type = string.Join(", ", endpoints.Select(e => e.RosType).Distinct(StringComparer.Ordinal));
        var gap = settings.Verbose ? "\n" : string.Empty;
        WriteLine($"Type: {type}{gap}");
        WriteLine($"Publisher count: {publishers.Count}{gap}");
        if (settings.Verbose)
        {
            publishers.ForEach(Describe);
        }

        WriteLine($"Subscription count: {subscriptions.Count}{gap}");
        if (settings.Verbose)
        {
            subscriptions.ForEach(Describe);
        }

        return 0;
    }

    private void Describe(DiscoveredEndpoint endpoint)
    {
        WriteLine($"Node name: {endpoint.Node?.Name ?? "_NODE_NAME_UNKNOWN_"}");
        WriteLine($"Node namespace: {endpoint.Node?.Namespace ?? "_NODE_NAMESPACE_UNKNOWN_"}");
        WriteLine($"Topic type: {endpoint.RosType}");
        if (RosMessageRegistry.TryGet(endpoint.RosType, out var known))
        {
            WriteLine($"Topic type hash: {known.TypeInfo.TypeHash}");
        }

        WriteLine($"Endpoint type: {(endpoint.IsWriter ? "PUBLISHER" : "SUBSCRIPTION")}");
        WriteLine($"GID: {string.Join('.', endpoint.Gid.ToArray().Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)))}");
        var qos = endpoint.Qos;
        WriteLine("QoS profile:");
        WriteLine($"  Reliability: {(qos.Reliability == Reliability.Reliable ? "RELIABLE" : "BEST_EFFORT")}");
        WriteLine($"  History (Depth): {(qos.History == History.KeepAll ? "KEEP_ALL" : $"KEEP_LAST ({qos.Depth})")}");
        WriteLine($"  Durability: {(qos.Durability == Durability.TransientLocal ? "TRANSIENT_LOCAL" : "VOLATILE")}");
        WriteLine($"  Lifespan: {Duration(qos.Lifespan)}");
        WriteLine($"  Deadline: {Duration(qos.Deadline)}");
        WriteLine($"  Liveliness: {(qos.Liveliness == Liveliness.ManualByTopic ? "MANUAL_BY_TOPIC" : "AUTOMATIC")}");
        WriteLine($"  Liveliness lease duration: {Duration(qos.LivelinessLeaseDuration)}");
        WriteLine(string.Empty);
    }

    // ros2 prints finite durations in nanoseconds.
    private static string Duration(TimeSpan? span) =>
        span is { } s ? $"{s.Ticks * 100} nanoseconds" : "Infinite";
}
