using System.Collections.Generic;

namespace RoboMirror.Ros.Generator.Model;

/// <summary>A built-in .msg type: its C# type, CDR size and REP-2011 field type id.</summary>
internal sealed class Primitive
{
    private static readonly Dictionary<string, Primitive> ByName = new()
    {
        ["bool"] = new("bool", "bool", "Bool", 1, 15),
        ["byte"] = new("byte", "byte", "UInt8", 1, 16),
        ["char"] = new("char", "byte", "UInt8", 1, 3),
        ["int8"] = new("int8", "sbyte", "Int8", 1, 2),
        ["uint8"] = new("uint8", "byte", "UInt8", 1, 3),
        ["int16"] = new("int16", "short", "Int16", 2, 4),
        ["uint16"] = new("uint16", "ushort", "UInt16", 2, 5),
        ["int32"] = new("int32", "int", "Int32", 4, 6),
        ["uint32"] = new("uint32", "uint", "UInt32", 4, 7),
        ["int64"] = new("int64", "long", "Int64", 8, 8),
        ["uint64"] = new("uint64", "ulong", "UInt64", 8, 9),
        ["float32"] = new("float32", "float", "Float32", 4, 10),
        ["float64"] = new("float64", "double", "Float64", 8, 11),
        ["string"] = new("string", "string", "String", 4, 17),
    };

    private Primitive(string msgName, string csType, string codecName, int size, int typeId)
    {
        MsgName = msgName;
        CsType = csType;
        CodecName = codecName;
        Size = size;
        TypeId = typeId;
    }

    /// <summary>Name in .msg files, e.g. <c>float64</c>.</summary>
    public string MsgName { get; }

    /// <summary>C# keyword type, e.g. <c>double</c>.</summary>
    public string CsType { get; }

    /// <summary>Suffix of the CdrWriter/CdrReader method, e.g. <c>Float64</c>.</summary>
    public string CodecName { get; }

    /// <summary>Size and alignment in CDR (for a string: the length field).</summary>
    public int Size { get; }

    /// <summary>REP-2011 FieldType id of the scalar form (type_description_interfaces/FieldType).</summary>
    public int TypeId { get; }

    public bool IsString => MsgName == "string";

    public bool IsBool => MsgName == "bool";

    public static bool TryGet(string name, out Primitive primitive) => ByName.TryGetValue(name, out primitive!);
}
