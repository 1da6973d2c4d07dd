using System.Collections;
using System.Globalization;
using System.Text;
using RoboMirror.Ros.Serialization;

namespace RoboMirror.Ros.Messages;

/// <summary>
/// Conversions between field-tree values and message fields, used by generated code (see
/// <see cref="IFieldTreeMessage{TSelf}"/>). Reading is lenient about representation (YAML text or any
/// number type) and strict about meaning (range, array length, bounds, unknown fields).
/// </summary>
public static partial class FieldTree
{
    /// <summary>Path of a child field, e.g. <c>header</c> + <c>stamp</c> → <c>header.stamp</c>.</summary>
    public static string Child(string path, string name) => path.Length == 0 ? name : path + "." + name;

    /// <summary>An array field as tree values (boxed elements).</summary>
    public static object?[] FromArray<T>(T[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var items = new object?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            items[i] = values[i];
        }

        return items;
    }

    /// <summary>An array of nested messages as trees.</summary>
    public static object?[] FromMessages<T>(T[] values)
        where T : IFieldTreeMessage<T>
    {
        ArgumentNullException.ThrowIfNull(values);
        var items = new object?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            items[i] = values[i].ToFieldTree();
        }

        return items;
    }

    /// <summary>A nested message from a map value.</summary>
    public static T Message<T>(object? value, string path)
        where T : IFieldTreeMessage<T> => T.FromFieldTree(AsMap(value, path), path);

    /// <summary>An array field from a list value, each element converted by <paramref name="element"/>.</summary>
    internal static T[] Array<T>(object? value, string path, CdrArrayShape shape, Func<object?, string, T> element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (value is null or string || value is not IEnumerable list)
        {
            throw new FieldTreeException(path, $"expected a list, got {Describe(value)}");
        }

        var items = new List<T>();
        foreach (var item in list)
        {
            items.Add(element(item, $"{path}[{items.Count}]"));
        }

        if (shape.IsFixed && items.Count != shape.Size)
        {
            throw new FieldTreeException(path, $"expected exactly {shape.Size} elements, got {items.Count}");
        }

        if (!shape.IsFixed && shape.Size > 0 && items.Count > shape.Size)
        {
            throw new FieldTreeException(path, $"expected at most {shape.Size} elements, got {items.Count}");
        }

        return [.. items];
    }

    /// <summary>Any map (generic or not, string or object keys) as a read-only string-keyed map.</summary>
    public static IReadOnlyDictionary<string, object?> AsMap(object? value, string path)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                return map;
            case IDictionary dictionary:
                var copy = new OrderedDictionary<string, object?>(dictionary.Count);
                foreach (DictionaryEntry entry in dictionary)
                {
                    var key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                    if (!copy.TryAdd(key, entry.Value))
                    {
                        throw new FieldTreeException(path, $"field '{key}' is given twice");
                    }
                }

                return copy;
            default:
                throw new FieldTreeException(path, $"expected a map of fields, got {Describe(value)}");
        }
    }

    /// <summary>The error for a field name the type does not have.</summary>
    public static FieldTreeException UnknownField(string path, string name, string rosName, string fieldNames) =>
        new(Child(path, name), $"{rosName} has no such field; its fields are: {fieldNames}");

    public static string String(object? value, string path, int bound)
    {
        var text = value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            IFormattable f when value is not IEnumerable => f.ToString(null, CultureInfo.InvariantCulture),
            _ => throw new FieldTreeException(path, $"expected a string, got {Describe(value)}"),
        };

        if (bound > 0 && Encoding.UTF8.GetByteCount(text) > bound)
        {
            throw new FieldTreeException(path, $"string of {Encoding.UTF8.GetByteCount(text)} UTF-8 bytes exceeds its bound of {bound}");
        }

        return text;
    }

    public static bool Bool(object? value, string path) => value switch
    {
        bool b => b,
        string s when s.Equals("true", StringComparison.OrdinalIgnoreCase) || s == "1" => true,
        string s when s.Equals("false", StringComparison.OrdinalIgnoreCase) || s == "0" => false,
        int i when i is 0 or 1 => i == 1,
        long l when l is 0 or 1 => l == 1,
        _ => throw new FieldTreeException(path, $"expected true or false, got {Describe(value)}"),
    };

    internal static string Describe(object? value) => value switch
    {
        null => "nothing (null)",
        string s => $"'{s}'",
        IDictionary or IReadOnlyDictionary<string, object?> => "a map",
        IEnumerable => "a list",
        _ => $"{value.GetType().Name} {Convert.ToString(value, CultureInfo.InvariantCulture)}",
    };
}
