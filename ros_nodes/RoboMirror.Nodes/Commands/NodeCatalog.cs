using RoboMirror.Nodes.Nodes;
using RoboMirror.Ros;

namespace RoboMirror.Nodes.Commands;

/// <summary>The nodes <c>robomirror node NAME</c> runs, each made on a ready <see cref="INode"/> (launch/ros_executables.txt lists the same names).</summary>
internal static class NodeCatalog
{
    /// <summary>Node names and how each is made; the node reads its settings from its parameters.</summary>
    public static IReadOnlyDictionary<string, Func<INode, IDisposable>> Factories { get; } = new Dictionary<string, Func<INode, IDisposable>>(StringComparer.Ordinal)
    {
        [SimulatedPartnerNode.NodeName] = node => new SimulatedPartnerNode(node),
        [PartnerPerceptionNode.NodeName] = node => new PartnerPerceptionNode(node),
        [MirrorNode.NodeName] = node => new MirrorNode(node),
        [TurnControllerNode.NodeName] = node => new TurnControllerNode(node),
        [ArmDriverNode.NodeName] = node => new ArmDriverNode(node),
        [RecorderNode.NodeName] = node => new RecorderNode(node),
        [SimClockNode.NodeName] = node => new SimClockNode(node),
    };
}
