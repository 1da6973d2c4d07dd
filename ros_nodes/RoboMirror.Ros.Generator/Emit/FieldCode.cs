using System.Globalization;
using RoboMirror.Ros.Generator.Model;
using RoboMirror.Ros.Generator.Parsing;

namespace RoboMirror.Ros.Generator.Emit;

/// <summary>The C# snippets for one field: its type, default, wire code and field-tree code.</summary>
internal sealed class FieldCode
{
    private const string Sequences = "global::RoboMirror.Ros.Serialization.CdrSequences";
    private const string Bounds = "global::RoboMirror.Ros.Serialization.CdrBounds";
    private const string Tree = "global::RoboMirror.Ros.Messages.FieldTree";
    private const string Defaults = "global::RoboMirror.Ros.Messages.MessageDefaults";

    private readonly MsgField _field;
    private readonly MsgFieldType _type;
    private readonly MsgCatalog _catalog;

    public FieldCode(MsgSpec spec, MsgField field, MsgCatalog catalog)
    {
        _field = field;
        _type = field.Type;
        _catalog = catalog;
        Property = Names.Property(spec, field);
    }

    public string Property { get; }

    public string Element => _type.IsNested ? Names.ClassOf(_type.NestedRosName!) : _type.Primitive!.CsType;

    public string CsType => _type.IsArray ? Element + "[]" : Element;

    /// <summary>The .msg declaration, for documentation, e.g. <c>float64[] position</c>.</summary>
    public string Declaration
    {
        get
        {
            var element = _type.IsNested ? _type.NestedRosName!.Replace("/msg/", "/") : _type.Primitive!.MsgName;
            if (_type.StringBound > 0)
            {
                element += "<=" + _type.StringBound.ToString(CultureInfo.InvariantCulture);
            }

            var suffix = _type.ArrayKind switch
            {
                ArrayKind.Fixed => "[" + _type.ArraySize.ToString(CultureInfo.InvariantCulture) + "]",
                ArrayKind.BoundedSequence => "[<=" + _type.ArraySize.ToString(CultureInfo.InvariantCulture) + "]",
                ArrayKind.UnboundedSequence => "[]",
                _ => string.Empty,
            };
            return element + suffix + " " + _field.Name + (_field.DefaultValue is null ? string.Empty : " " + _field.DefaultValue);
        }
    }

    /// <summary>Expression for the field's value in a new message; null when C#'s default is right.</summary>
    public string? DefaultExpression()
    {
        var size = _type.ArraySize.ToString(CultureInfo.InvariantCulture);
        switch (_type.ArrayKind)
        {
            case ArrayKind.None when _type.IsNested:
                return "new " + Element + "()";
            case ArrayKind.None when _field.DefaultValue is not null:
                return ConstantLiteral.ToCSharp(_type.Primitive!, _field.DefaultValue);
            case ArrayKind.None:
                return _type.Primitive!.IsString ? "string.Empty" : null;
            case ArrayKind.Fixed when _type.IsNested:
                return Defaults + ".Messages<" + Element + ">(" + size + ")";
            case ArrayKind.Fixed when _type.Primitive!.IsString:
                return Defaults + ".Strings(" + size + ")";
            case ArrayKind.Fixed:
                return "new " + Element + "[" + size + "]";
            default:
                return "global::System.Array.Empty<" + Element + ">()";
        }
    }

    public string Shape => _type.ArrayKind switch
    {
        ArrayKind.Fixed => "global::RoboMirror.Ros.Serialization.CdrArrayShape.Fixed(" + _type.ArraySize.ToString(CultureInfo.InvariantCulture) + ")",
        ArrayKind.BoundedSequence => "global::RoboMirror.Ros.Serialization.CdrArrayShape.Bounded(" + _type.ArraySize.ToString(CultureInfo.InvariantCulture) + ")",
        _ => "global::RoboMirror.Ros.Serialization.CdrArrayShape.Unbounded",
    };

    private string Bound => _type.StringBound.ToString(CultureInfo.InvariantCulture);

    private string Name => "\"" + _field.Name + "\"";

    public string SerializeStatement()
    {
        if (_type.IsArray)
        {
            if (_type.IsNested)
            {
                return Sequences + ".WriteMessages(ref writer, " + Property + ", " + Shape + ", " + Name + ");";
            }

            return _type.Primitive!.IsString
                ? Sequences + ".WriteStrings(ref writer, " + Property + ", " + Shape + ", " + Bound + ", " + Name + ");"
                : Sequences + ".WritePrimitives<" + Element + ">(ref writer, " + Property + ", " + Shape + ", " + Name + ");";
        }

        if (_type.IsNested)
        {
            return Property + ".Serialize(ref writer);";
        }

        if (_type.Primitive!.IsString)
        {
            return _type.StringBound > 0
                ? Bounds + ".WriteString(ref writer, " + Property + ", " + Bound + ", " + Name + ");"
                : "writer.WriteString(" + Property + ");";
        }

        return "writer.Write" + _type.Primitive.CodecName + "(" + Property + ");";
    }

    public string DeserializeExpression()
    {
        if (_type.IsArray)
        {
            if (_type.IsNested)
            {
                var min = MinimumSize(_catalog.Get(_type.NestedRosName!), _catalog).ToString(CultureInfo.InvariantCulture);
                return Sequences + ".ReadMessages<" + Element + ">(ref reader, " + Shape + ", " + min + ", " + Name + ")";
            }

            if (_type.Primitive!.IsString)
            {
                return Sequences + ".ReadStrings(ref reader, " + Shape + ", " + Bound + ", " + Name + ")";
            }

            return _type.Primitive.IsBool
                ? Sequences + ".ReadBools(ref reader, " + Shape + ", " + Name + ")"
                : Sequences + ".ReadPrimitives<" + Element + ">(ref reader, " + Shape + ", " + Name + ")";
        }

        if (_type.IsNested)
        {
            return Element + ".Deserialize(ref reader)";
        }

        if (_type.Primitive!.IsString)
        {
            return _type.StringBound > 0 ? Bounds + ".ReadString(ref reader, " + Bound + ", " + Name + ")" : "reader.ReadString()";
        }

        return "reader.Read" + _type.Primitive.CodecName + "()";
    }

    public string TreeValueExpression()
    {
        if (_type.IsArray)
        {
            return _type.IsNested ? Tree + ".FromMessages(" + Property + ")" : Tree + ".FromArray(" + Property + ")";
        }

        return _type.IsNested ? Property + ".ToFieldTree()" : Property;
    }

    /// <summary>Expression converting tree value <paramref name="value"/> at path <paramref name="path"/>.</summary>
    public string FromTreeExpression(string value, string path)
    {
        if (_type.IsArray)
        {
            return Tree + ".Array<" + Element + ">(" + value + ", " + path + ", " + Shape + ", static (item, itemPath) => " + ElementFromTree("item", "itemPath") + ")";
        }

        return ElementFromTree(value, path);
    }

    private string ElementFromTree(string value, string path)
    {
        if (_type.IsNested)
        {
            return Tree + ".Message<" + Element + ">(" + value + ", " + path + ")";
        }

        if (_type.Primitive!.IsString)
        {
            return Tree + ".String(" + value + ", " + path + ", " + Bound + ")";
        }

        return Tree + "." + _type.Primitive.CodecName + "(" + value + ", " + path + ")";
    }

    /// <summary>Fewest bytes a message takes on the wire (alignment left out): guards sequence allocations.</summary>
    public static int MinimumSize(MsgSpec spec, MsgCatalog catalog)
    {
        var total = 0;
        foreach (var field in spec.Fields)
        {
            var type = field.Type;
            var element = type.IsNested ? MinimumSize(catalog.Get(type.NestedRosName!), catalog) : type.Primitive!.Size;
            total += type.ArrayKind switch
            {
                ArrayKind.None => element,
                ArrayKind.Fixed => element * type.ArraySize,
                _ => 4,
            };
        }

        return total < 1 ? 1 : total;
    }
}
