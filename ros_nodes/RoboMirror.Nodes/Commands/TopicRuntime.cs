using RoboMirror.Ros.Transport;

namespace RoboMirror.Nodes.Commands;

/// <summary>
/// Where the <c>topic</c> verbs get their transport and clock. The default creates the transport the user
/// asked for and disposes it afterwards; tests pass one shared in-process transport so that several verbs
/// in one process see each other.
/// </summary>
internal sealed class TopicRuntime
{
    private readonly Func<TransportKind, int?, IRosTransport> _create;
    private readonly bool _ownsTransport;

    private TopicRuntime(Func<TransportKind, int?, IRosTransport> create, bool ownsTransport, TimeProvider time)
    {
        _create = create;
        _ownsTransport = ownsTransport;
        Time = time;
    }

    /// <summary>Creates the requested transport for each command, on the system clock.</summary>
    public static TopicRuntime Default { get; } = new(
        (kind, domain) => TransportFactory.Create(kind, new TransportOptions { DomainId = domain }), ownsTransport: true, TimeProvider.System);

    public TimeProvider Time { get; }

    /// <summary>Every command uses <paramref name="transport"/>, whatever <c>--transport</c> says, and leaves it open.</summary>
    public static TopicRuntime Shared(IRosTransport transport, TimeProvider time) => new((_, _) => transport, ownsTransport: false, time);

    /// <summary>Opens a session: the transport and a hidden node (<c>_robomirror_topic_PID</c>) registered on it.</summary>
    public TopicSession Open(TopicSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var kind = settings.TransportKind;
        var transport = _create(kind, settings.DomainId);
        return new TopicSession(transport, _ownsTransport, Time, kind == TransportKind.Dds ? TimeSpan.FromSeconds(settings.SpinTime) : TimeSpan.Zero);
    }
}
