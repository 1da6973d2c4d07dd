using RoboMirror.Nodes.Nodes;
using RoboMirror.Ros;
using RoboMirror.Ros.Clocks;
using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Parameters;
using RoboMirror.Ros.Qos;

namespace RoboMirror.Nodes.Tests.Nodes;

/// <summary>
/// One node under test on the in-process transport with a simulated clock: other endpoints publish its
/// inputs and collect its outputs; <see cref="Advance"/> moves the clock in steps and spins until idle.
/// </summary>
internal sealed class NodeHarness : IDisposable
{
    private readonly SimTimeProvider _clock = new();
    private readonly IRosContext _ros;
    private readonly IExecutor _executor;
    private readonly List<IDisposable> _owned = [];

    public NodeHarness()
    {
        _clock.Update(DateTimeOffset.UnixEpoch);
        _ros = Ros2.Init(new RosContextOptions { TimeProvider = _clock });
        _executor = _ros.CreateExecutor();
        Peer = CreateNode("_test_peer");
    }

    /// <summary>A node for the test's own publishers and subscriptions.</summary>
    public INode Peer { get; }

    public TimeSpan Now { get; private set; }

    public INode CreateNode(string name, IReadOnlyDictionary<string, ParameterValue>? parameters = null)
    {
        var node = _ros.CreateNode(name, string.Empty, parameters is null ? null : new NodeOptions { ParameterOverrides = parameters });
        _owned.Add(node);
        _executor.Add(node);
        return node;
    }

    public List<T> Collect<T>(string topic, QosProfile qos)
        where T : IRosMessage<T>
    {
        var list = new List<T>();
        _owned.Add(Peer.CreateSubscription<T>(topic, list.Add, qos));
        return list;
    }

    /// <summary>Moves the clock by <paramref name="duration"/> in <paramref name="step"/>s (2 ms by default), spinning after each.</summary>
    public void Advance(TimeSpan duration, TimeSpan? step = null, Action<TimeSpan>? eachStep = null)
    {
        var dt = step ?? TimeSpan.FromMilliseconds(2);
        var end = Now + duration;
        while (Now < end)
        {
            Now += dt;
            _clock.Update(DateTimeOffset.UnixEpoch + Now);
            eachStep?.Invoke(Now);
            Spin();
        }
    }

    public void Spin()
    {
        while (_executor.SpinOnce(TimeSpan.Zero) > 0)
        {
        }
    }

    public void Dispose()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            _owned[i].Dispose();
        }

        _executor.Dispose();
        _ros.Dispose();
    }
}
