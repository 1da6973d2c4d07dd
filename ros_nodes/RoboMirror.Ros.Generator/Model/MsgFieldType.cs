namespace RoboMirror.Ros.Generator.Model;

/// <summary>How a field repeats its element type.</summary>
internal enum ArrayKind
{
    None,
    Fixed,
    BoundedSequence,
    UnboundedSequence,
}

/// <summary>The type of a field: a primitive or a nested message, maybe repeated, maybe with a string bound.</summary>
internal sealed class MsgFieldType
{
    public MsgFieldType(Primitive? primitive, string? nestedRosName, int stringBound, ArrayKind arrayKind, int arraySize)
    {
        Primitive = primitive;
        NestedRosName = nestedRosName;
        StringBound = stringBound;
        ArrayKind = arrayKind;
        ArraySize = arraySize;
    }

    /// <summary>The element type when it is built in; null for a nested message.</summary>
    public Primitive? Primitive { get; }

    /// <summary>The element type's ROS name (<c>pkg/msg/Name</c>) when it is a nested message.</summary>
    public string? NestedRosName { get; }

    /// <summary>Upper bound of a <c>string&lt;=N</c>; 0 when unbounded.</summary>
    public int StringBound { get; }

    public ArrayKind ArrayKind { get; }

    /// <summary>Length of a fixed array or bound of a bounded sequence; 0 otherwise.</summary>
    public int ArraySize { get; }

    public bool IsArray => ArrayKind != ArrayKind.None;

    public bool IsNested => NestedRosName is not null;
}
