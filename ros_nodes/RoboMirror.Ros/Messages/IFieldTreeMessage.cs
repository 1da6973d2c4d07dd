namespace RoboMirror.Ros.Messages;

/// <summary>
/// A generated message that converts to and from a generic field tree, the form <c>topic echo</c> prints as
/// YAML, <c>topic pub "{data: hello}"</c> reads, and tools inspect without knowing the type. A tree is an
/// ordered map from field name (as in the .msg file) to value: a boxed primitive (<c>bool</c>, <c>byte</c>,
/// <c>sbyte</c>, <c>short</c>, <c>ushort</c>, <c>int</c>, <c>uint</c>, <c>long</c>, <c>ulong</c>, <c>float</c>,
/// <c>double</c>), a <c>string</c>, a nested tree, or an <c>object?[]</c> of those for arrays.
/// </summary>
public interface IFieldTreeMessage<TSelf>
    where TSelf : IFieldTreeMessage<TSelf>
{
    /// <summary>The message as a tree, fields in definition order.</summary>
    OrderedDictionary<string, object?> ToFieldTree();

    /// <summary>
    /// Builds a message from a (possibly partial) tree: missing fields keep their defaults, as with
    /// <c>ros2 topic pub</c>. Scalars may come as strings (YAML text) or any number type that fits; maps may
    /// be any <see cref="System.Collections.IDictionary"/> or <see cref="IReadOnlyDictionary{TKey, TValue}"/>.
    /// Throws <see cref="FieldTreeException"/> naming the field path for an unknown field or a value that
    /// does not fit.
    /// </summary>
    /// <param name="tree">Field name to value.</param>
    /// <param name="path">Path of this message inside the root (empty at the root), for error messages.</param>
    static abstract TSelf FromFieldTree(IReadOnlyDictionary<string, object?> tree, string path);
}
