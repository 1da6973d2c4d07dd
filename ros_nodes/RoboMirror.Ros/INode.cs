using Microsoft.Extensions.Logging;
using RoboMirror.Ros.Messages;
using RoboMirror.Ros.Parameters;
using RoboMirror.Ros.Qos;

namespace RoboMirror.Ros;

/// <summary>
/// A ROS 2 node: a named participant that owns publishers, subscriptions, timers and parameters. Topic
/// names are expanded against the node's namespace (<c>chatter</c>, <c>/chatter</c>, <c>~/state</c>) and
/// remapped by <c>--ros-args -r</c>. Callbacks run on the thread that spins the node.
/// </summary>
public interface INode : IDisposable
{
    /// <summary>The node's name after remapping.</summary>
    string Name { get; }

    /// <summary>The node's namespace after remapping, e.g. <c>/</c> or <c>/robomirror</c>.</summary>
    string Namespace { get; }

    /// <summary>e.g. <c>/robomirror/turn_controller</c>.</summary>
    string FullyQualifiedName { get; }

    /// <summary>Logger named after the node.</summary>
    ILogger Logger { get; }

    /// <summary>
    /// The node's clock: wall time, or ROS time from <c>/clock</c> when the parameter <c>use_sim_time</c> is
    /// true (zero until the first <c>/clock</c> message). Domain code takes this <see cref="TimeProvider"/>.
    /// </summary>
    TimeProvider Clock { get; }

    /// <summary>True when the clock follows <c>/clock</c>.</summary>
    bool UsesSimTime { get; }

    /// <summary>Creates a publisher; <paramref name="qos"/> defaults to <see cref="QosProfile.Default"/>.</summary>
    IPublisher<T> CreatePublisher<T>(string topic, QosProfile? qos = null)
        where T : IRosMessage<T>;

    /// <summary>Creates a subscription whose <paramref name="callback"/> runs where the node is spun.</summary>
    ISubscription<T> CreateSubscription<T>(string topic, Action<T> callback, QosProfile? qos = null)
        where T : IRosMessage<T>;

    /// <summary>Creates a subscription read with <c>await foreach</c> instead of a callback.</summary>
    ISubscription<T> CreateSubscription<T>(string topic, QosProfile? qos = null)
        where T : IRosMessage<T>;

    /// <summary>Creates a timer on the node's <see cref="Clock"/>; its callback runs where the node is spun.</summary>
    IRosTimer CreateTimer(TimeSpan period, Action callback);

    /// <summary>
    /// Declares a parameter and returns its value: the override from <c>NodeOptions</c>, <c>-p</c> or a
    /// parameter file when one exists, otherwise <paramref name="defaultValue"/>. <typeparamref name="T"/> is
    /// bool, long, int, double, string or an array of bool, long, double or string. Throws
    /// <see cref="RosException"/> when already declared or when the override has another type.
    /// </summary>
    T DeclareParameter<T>(string name, T defaultValue)
        where T : notnull;

    /// <summary>Declares a parameter from a <see cref="ParameterValue"/>; see <see cref="DeclareParameter{T}(string, T)"/>.</summary>
    ParameterValue DeclareParameter(string name, ParameterValue defaultValue);

    /// <summary>True when the parameter is declared.</summary>
    bool HasParameter(string name);

    /// <summary>Reads a declared parameter; throws <see cref="RosException"/> when undeclared or of another type.</summary>
    T GetParameter<T>(string name)
        where T : notnull;

    /// <summary>Reads a declared parameter; throws <see cref="RosException"/> when undeclared.</summary>
    ParameterValue GetParameter(string name);

    /// <summary>Sets a declared parameter to a value of its type; throws <see cref="RosException"/> otherwise.</summary>
    void SetParameter(string name, ParameterValue value);

    /// <summary>Every declared parameter, by name.</summary>
    IReadOnlyDictionary<string, ParameterValue> Parameters { get; }
}
