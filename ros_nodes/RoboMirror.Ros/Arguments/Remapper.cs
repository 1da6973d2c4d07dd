using RoboMirror.Ros.Names;

namespace RoboMirror.Ros.Arguments;

/// <summary>
/// Applies remapping rules to one node, as rcl does: <c>__node</c> and <c>__ns</c> rename it; a topic rule
/// matches when its <c>from</c>, expanded for this node, equals the node's expanded topic name; the first
/// matching rule wins and its <c>to</c> is expanded for this node too.
/// </summary>
internal sealed class Remapper
{
    private readonly IReadOnlyList<RemapRule> _rules;

    public Remapper(IReadOnlyList<RemapRule> rules, string originalName, string originalNamespace)
    {
        _rules = rules.Where(r => r.AppliesToNode(originalName)).ToList();
        Name = _rules.FirstOrDefault(r => r.From == RemapRule.NodeNameKey)?.To ?? originalName;
        RosNames.ValidateNodeName(Name);
        Namespace = RosNames.NormalizeNamespace(_rules.FirstOrDefault(r => r.From == RemapRule.NamespaceKey)?.To ?? originalNamespace);
    }

    /// <summary>The node's name after <c>__node</c> rules.</summary>
    public string Name { get; }

    /// <summary>The node's namespace after <c>__ns</c> rules.</summary>
    public string Namespace { get; }

    /// <summary>Expands <paramref name="topic"/> for this node and applies the first matching topic rule.</summary>
    public string ResolveTopic(string topic)
    {
        var expanded = RosNames.ExpandTopicName(topic, Name, Namespace);
        foreach (var rule in _rules)
        {
            if (rule.From is RemapRule.NodeNameKey or RemapRule.NamespaceKey)
            {
                continue;
            }

            if (RosNames.ExpandTopicName(rule.From, Name, Namespace) == expanded)
            {
                return RosNames.ExpandTopicName(rule.To, Name, Namespace);
            }
        }

        return expanded;
    }
}
