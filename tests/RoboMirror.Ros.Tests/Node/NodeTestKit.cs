using Microsoft.Extensions.Time.Testing;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros.Tests.Node;

/// <summary>An in-process context on a fake clock, with its transport at hand for raw writes.</summary>
internal sealed class NodeTestKit : IDisposable
{
    public NodeTestKit(params string[] args)
    {
        Transport = TransportFactory.Create(TransportKind.InProcess, new TransportOptions { TimeProvider = Clock });
        Context = Ros2.Init(new RosContextOptions
        {
            Arguments = args,
            CustomTransport = Transport,
            TimeProvider = Clock,
            LoggerFactory = Logs,
        });
    }

    /// <summary>Bounds every wait in these tests so a bug fails the test instead of hanging it.</summary>
    public static TimeSpan Patience { get; } = TimeSpan.FromSeconds(10);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public RecordingLoggerFactory Logs { get; } = new();

    public IRosTransport Transport { get; }

    public IRosContext Context { get; }

    public void Dispose()
    {
        Context.Dispose();
        Transport.Dispose();
    }
}
