using RoboMirror.Ros.Arguments;
using RoboMirror.Ros.Transport;

namespace RoboMirror.Ros;

/// <summary>
/// One ROS 2 participant: a transport, the process's ROS arguments, and the nodes made on them. Disposing
/// it disposes its nodes and (unless it was given one) its transport.
/// </summary>
public interface IRosContext : IDisposable
{
    /// <summary>The parsed <c>--ros-args</c> of the process.</summary>
    RosArguments Arguments { get; }

    /// <summary>The transport's short name, e.g. <c>inprocess</c> or <c>cyclonedds</c>.</summary>
    string TransportName { get; }

    /// <summary>Topics, endpoints and nodes visible to this participant.</summary>
    ITransportGraph Graph { get; }

    /// <summary>
    /// Creates a node; <paramref name="ns"/> may be empty (the root namespace). Throws <see cref="RosException"/>
    /// for an invalid name or argument.
    /// </summary>
    INode CreateNode(string name, string ns = "", NodeOptions? options = null);

    /// <summary>Creates an executor to spin several nodes on one thread.</summary>
    IExecutor CreateExecutor();

    /// <summary>Runs what is ready on <paramref name="node"/>, waiting up to <paramref name="timeout"/>; returns the callbacks run.</summary>
    int SpinOnce(INode node, TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="node"/>'s callbacks on this thread until <paramref name="cancellationToken"/> is cancelled.</summary>
    void Spin(INode node, CancellationToken cancellationToken);
}
