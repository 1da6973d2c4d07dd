using System.Collections.Generic;
using RoboMirror.Ros.Generator.Parsing;

namespace RoboMirror.Ros.Generator.Model;

/// <summary>Every parsed message, looked up by ROS name; resolves nested types and dependency closures.</summary>
internal sealed class MsgCatalog
{
    private readonly Dictionary<string, MsgSpec> _specs = new();

    public IEnumerable<MsgSpec> All => _specs.Values;

    /// <summary>Adds <paramref name="spec"/>; false when a type of that name is already there.</summary>
    public bool TryAdd(MsgSpec spec)
    {
        if (_specs.ContainsKey(spec.RosName))
        {
            return false;
        }

        _specs.Add(spec.RosName, spec);
        return true;
    }

    public MsgSpec Get(string rosName) => _specs[rosName];

    /// <summary>Throws when a field names a message type that no .msg file defines, or when types nest in a cycle.</summary>
    public void CheckReferences(MsgSpec spec)
    {
        foreach (var field in spec.Fields)
        {
            if (field.Type.NestedRosName is { } nested && !_specs.ContainsKey(nested))
            {
                throw new MsgParseException($"field '{field.Name}' has type {nested}, which no .msg file under ros_nodes/msg defines; add <package>/msg/<Name>.msg", 0);
            }
        }

        foreach (var dependency in Dependencies(spec))
        {
            if (dependency.RosName == spec.RosName)
            {
                throw new MsgParseException($"{spec.RosName} contains itself through its fields; ROS messages cannot be recursive", 0);
            }
        }
    }

    /// <summary>All types <paramref name="spec"/> uses, directly or not, each once, in order of first use (depth first).</summary>
    public IReadOnlyList<MsgSpec> Dependencies(MsgSpec spec)
    {
        var order = new List<MsgSpec>();
        var seen = new HashSet<string>();
        Visit(spec, order, seen);
        return order;
    }

    private void Visit(MsgSpec spec, List<MsgSpec> order, HashSet<string> seen)
    {
        foreach (var field in spec.Fields)
        {
            if (field.Type.NestedRosName is { } nested && _specs.TryGetValue(nested, out var child) && seen.Add(nested))
            {
                order.Add(child);
                Visit(child, order, seen);
            }
        }
    }
}
