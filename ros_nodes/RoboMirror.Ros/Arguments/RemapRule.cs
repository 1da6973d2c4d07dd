namespace RoboMirror.Ros.Arguments;

/// <summary>
/// One <c>-r from:=to</c> rule. <see cref="From"/> is <c>__node</c> (rename the node), <c>__ns</c> (move it to
/// another namespace) or a topic name, which is expanded relative to each node before comparing.
/// </summary>
/// <param name="NodeName">When set (<c>-r talker:chatter:=/x</c>), the rule applies only to the node with this name.</param>
/// <param name="From">What is remapped.</param>
/// <param name="To">What it becomes.</param>
public sealed record RemapRule(string? NodeName, string From, string To)
{
    /// <summary>The <c>from</c> of a node-rename rule.</summary>
    public const string NodeNameKey = "__node";

    /// <summary>The <c>from</c> of a namespace rule.</summary>
    public const string NamespaceKey = "__ns";

    /// <summary>True when the rule applies to a node originally named <paramref name="nodeName"/>.</summary>
    public bool AppliesToNode(string nodeName) => NodeName is null || string.Equals(NodeName, nodeName, StringComparison.Ordinal);
}
