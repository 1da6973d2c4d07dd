using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using RoboMirror.Ros.Generator.Model;

namespace RoboMirror.Ros.Generator.Hashing;

/// <summary>
/// REP-2011 type hash (RIHS01): SHA-256 over the JSON of the type description as rosidl_generator_type_description
/// writes it for hashing: <c>{"type_description": {...}, "referenced_type_descriptions": [...]}</c>, referenced
/// types sorted by name, each <c>{"type_name": ..., "fields": [...]}</c>, each field
/// <c>{"name": ..., "type": {"type_id": N, "capacity": N, "string_capacity": N, "nested_type_name": ...}}</c>
/// (default values left out), separators <c>", "</c> and <c>": "</c> as Python's json.dumps writes them.
/// Constants and comments do not enter the hash.
/// </summary>
internal static class TypeHash
{
    // type_description_interfaces/FieldType: offsets of the array forms from the scalar type id.
    private const int FixedArrayOffset = 48;
    private const int BoundedSequenceOffset = 96;
    private const int UnboundedSequenceOffset = 144;
    private const int NestedTypeId = 1;
    private const int BoundedStringTypeId = 21;

    public static string Compute(MsgSpec spec, MsgCatalog catalog)
    {
        var json = Json(spec, catalog);
        using var sha = SHA256.Create();
        var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(json));
        var hex = new StringBuilder("RIHS01_", 7 + 64);
        foreach (var b in digest)
        {
            hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    /// <summary>The exact text that is hashed.</summary>
    public static string Json(MsgSpec spec, MsgCatalog catalog)
    {
        var text = new StringBuilder();
        text.Append("{\"type_description\": ");
        AppendType(text, spec);
        text.Append(", \"referenced_type_descriptions\": [");
        var referenced = catalog.Dependencies(spec).OrderBy(d => d.RosName, System.StringComparer.Ordinal).ToList();
        for (var i = 0; i < referenced.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            AppendType(text, referenced[i]);
        }

        return text.Append("]}").ToString();
    }

    private static void AppendType(StringBuilder text, MsgSpec spec)
    {
        text.Append("{\"type_name\": ").Append(Quote(spec.RosName)).Append(", \"fields\": [");
        for (var i = 0; i < spec.Fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            var field = spec.Fields[i];
            var type = field.Type;
            text.Append("{\"name\": ").Append(Quote(field.Name))
                .Append(", \"type\": {\"type_id\": ").Append(TypeId(type).ToString(CultureInfo.InvariantCulture))
                .Append(", \"capacity\": ").Append(type.ArraySize.ToString(CultureInfo.InvariantCulture))
                .Append(", \"string_capacity\": ").Append(type.StringBound.ToString(CultureInfo.InvariantCulture))
                .Append(", \"nested_type_name\": ").Append(Quote(type.NestedRosName ?? string.Empty))
                .Append("}}");
        }

        text.Append("]}");
    }

    private static int TypeId(MsgFieldType type)
    {
        var scalar = type.IsNested ? NestedTypeId : type.StringBound > 0 ? BoundedStringTypeId : type.Primitive!.TypeId;
        return type.ArrayKind switch
        {
            ArrayKind.Fixed => scalar + FixedArrayOffset,
            ArrayKind.BoundedSequence => scalar + BoundedSequenceOffset,
            ArrayKind.UnboundedSequence => scalar + UnboundedSequenceOffset,
            _ => scalar,
        };
    }

    // Names are ASCII identifiers and slashes (checked by the parser), so no escaping is ever needed.
    private static string Quote(string value) => "\"" + value + "\"";
}
