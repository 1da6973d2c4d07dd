using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using RoboMirror.Ros.Serialization;

namespace RoboMirror.Ros.Messages;

/// <summary>
/// A message type known only at run time (from a name typed on the command line, or found on the network):
/// what <c>topic echo</c>, <c>topic pub</c> and recording need without generic code. Get one from
/// <see cref="RosMessageRegistry"/> or <see cref="For{T}"/>.
/// </summary>
public abstract class RosMessageType
{
    private protected RosMessageType()
    {
    }

    /// <summary>Names, type hash and definition.</summary>
    public abstract MessageTypeInfo TypeInfo { get; }

    /// <summary>The generated class, e.g. <c>RoboMirror.Ros.Messages.StdMsgs.String</c>.</summary>
    public abstract Type ClrType { get; }

    /// <summary>The runtime type of a generated message class.</summary>
    public static RosMessageType For<T>()
        where T : class, IRosMessage<T>, IFieldTreeMessage<T>, new() => RosMessageType<T>.Instance;

    /// <summary>A message with every field at its default.</summary>
    public abstract object CreateDefault();

    /// <summary>Decodes a payload (encapsulation header included) without throwing on bad input.</summary>
    public abstract bool TryDeserialize(ReadOnlySpan<byte> payload, [NotNullWhen(true)] out object? message, [NotNullWhen(false)] out string? error);

    /// <summary>Writes a message of this type (see <see cref="RosSerializer.Serialize{T}"/>); throws <see cref="ArgumentException"/> for another type.</summary>
    public abstract void Serialize(object message, IBufferWriter<byte> output);

    /// <summary>The message as a field tree (see <see cref="IFieldTreeMessage{TSelf}"/>).</summary>
    public abstract OrderedDictionary<string, object?> ToFieldTree(object message);

    /// <summary>A message from a field tree; throws <see cref="FieldTreeException"/> naming the field.</summary>
    public abstract object FromFieldTree(IReadOnlyDictionary<string, object?> tree);

    public override string ToString() => TypeInfo.RosName;
}

/// <summary>The runtime type of the generated class <typeparamref name="T"/>.</summary>
internal sealed class RosMessageType<T> : RosMessageType
    where T : class, IRosMessage<T>, IFieldTreeMessage<T>, new()
{
    public static readonly RosMessageType<T> Instance = new();

    private RosMessageType()
    {
    }

    public override MessageTypeInfo TypeInfo => T.TypeInfo;

    public override Type ClrType => typeof(T);

    public override object CreateDefault() => new T();

    public override bool TryDeserialize(ReadOnlySpan<byte> payload, [NotNullWhen(true)] out object? message, [NotNullWhen(false)] out string? error)
    {
        var ok = RosSerializer.TryDeserialize<T>(payload, out var typed, out error);
        message = typed;
        return ok;
    }

    public override void Serialize(object message, IBufferWriter<byte> output) => RosSerializer.Serialize(Cast(message), output);

    public override OrderedDictionary<string, object?> ToFieldTree(object message) => Cast(message).ToFieldTree();

    public override object FromFieldTree(IReadOnlyDictionary<string, object?> tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return T.FromFieldTree(tree, string.Empty);
    }

    private static T Cast(object message) => message as T
        ?? throw new ArgumentException($"expected a {typeof(T).FullName} for {T.TypeInfo.RosName}, got {message?.GetType().FullName ?? "null"}", nameof(message));
}
