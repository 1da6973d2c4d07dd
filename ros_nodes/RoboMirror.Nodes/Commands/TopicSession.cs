using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// One <c>topic</c> verb's use of a transport: a hidden node (names starting with '_' are hidden, as
/// ros2cli's are), graph look-ups that wait for discovery, and the clock.
/// </summary>
internal sealed class TopicSession : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private readonly bool _ownsTransport;

    public TopicSession(IRosTransport transport, bool ownsTransport, TimeProvider time, TimeSpan discoveryTime)
    {
        Transport = transport;
        _ownsTransport = ownsTransport;
        Time = time;
        DiscoveryTime = discoveryTime;
        Node = new NodeIdentity("/", $"_robomirror_topic_{Environment.ProcessId}_{Interlocked.Increment(ref s_sessions)}");
        Transport.RegisterNode(Node);
    }

    private static int s_sessions;

    public IRosTransport Transport { get; }

    public TimeProvider Time { get; }

    public NodeIdentity Node { get; }

    /// <summary>How long to let discovery run before reading the graph (zero in-process, where the graph is immediate).</summary>
    public TimeSpan DiscoveryTime { get; }

    /// <summary>Lets discovery run for <see cref="DiscoveryTime"/>.</summary>
    public Task WaitForDiscoveryAsync(CancellationToken cancellationToken) =>
        DiscoveryTime > TimeSpan.Zero ? Task.Delay(DiscoveryTime, Time, cancellationToken) : Task.CompletedTask;

    /// <summary>Endpoints of other nodes (this session's own are left out).</summary>
    public IReadOnlyList<DiscoveredEndpoint> Endpoints() =>
        [.. Transport.Graph.Endpoints().Where(e => e.Node != Node)];

    /// <summary>
    /// The message type: from <paramref name="typeName"/> when given, else from the topic's endpoints, polling
    /// the graph until <see cref="DiscoveryTime"/> has passed. Throws <see cref="TopicCommandException"/> when unknown.
    /// </summary>
    public async Task<RosMessageType> ResolveTypeAsync(string topic, string? typeName, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(typeName))
        {
            return Known(typeName);
        }

        var deadline = Time.GetTimestamp();
        while (true)
        {
            var types = Endpoints().Where(e => e.RosTopic == topic).Select(e => e.RosType).Distinct(StringComparer.Ordinal).ToList();
            if (types.Count > 1)
            {
                throw new TopicCommandException($"Topic '{topic}' carries more than one type ({string.Join(", ", types)}); pass the type to use.");
            }

            if (types.Count == 1)
            {
                return Known(types[0]);
            }

            if (Time.GetElapsedTime(deadline) >= DiscoveryTime)
            {
                throw new TopicCommandException($"Could not determine the type for the passed topic '{topic}': no publisher or subscription seen; pass the type, e.g. std_msgs/msg/String.");
            }

            await Task.Delay(PollInterval, Time, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        Transport.UnregisterNode(Node);
        if (_ownsTransport)
        {
            Transport.Dispose();
        }
    }

    private static RosMessageType Known(string typeName)
    {
        if (RosMessageRegistry.TryGet(typeName, out var type))
        {
            return type;
        }

        throw new TopicCommandException(
            $"The message type '{typeName}' is invalid or not known to RoboMirror; known types: {string.Join(", ", RosMessageRegistry.All.Select(t => t.TypeInfo.RosName))}.");
    }
}
