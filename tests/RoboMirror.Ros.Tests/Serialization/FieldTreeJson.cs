using System.Collections;
using System.Text.Json;
using RoboMirror.Ros.Messages;

namespace RoboMirror.Ros.Tests.Serialization;

/// <summary>
/// Field trees as the JSON cdr-interop.js reads and writes: numbers as JSON numbers, except NaN and the
/// infinities as <c>{"$float": "NaN"}</c>; and the comparison of a tree with such JSON.
/// </summary>
internal static class FieldTreeJson
{
    public static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case OrderedDictionary<string, object?> map:
                json.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    json.WritePropertyName(key);
                    Write(json, item);
                }

                json.WriteEndObject();
                break;
            case object?[] list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    Write(json, item);
                }

                json.WriteEndArray();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case float or double:
                var real = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                if (double.IsFinite(real))
                {
                    json.WriteNumberValue(real);
                }
                else
                {
                    json.WriteStartObject();
                    json.WriteString("$float", double.IsNaN(real) ? "NaN" : real > 0 ? "Infinity" : "-Infinity");
                    json.WriteEndObject();
                }

                break;
            case ulong big:
                json.WriteNumberValue(big);
                break;
            case IConvertible whole:
                json.WriteNumberValue(whole.ToInt64(System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException($"unexpected field tree value {value?.GetType().Name ?? "null"}", nameof(value));
        }
    }

    /// <summary>Null when <paramref name="json"/> holds the same values as <paramref name="tree"/>, else the path of the first difference.</summary>
    public static string? Difference(object? tree, JsonElement json, string path)
    {
        switch (tree)
        {
            case OrderedDictionary<string, object?> map:
                if (json.ValueKind != JsonValueKind.Object)
                {
                    return $"{path}: expected an object, got {json.ValueKind}";
                }

                foreach (var (key, item) in map)
                {
                    if (!json.TryGetProperty(key, out var child))
                    {
                        return $"{path}.{key}: missing";
                    }

                    if (Difference(item, child, $"{path}.{key}") is { } difference)
                    {
                        return difference;
                    }
                }

                return json.EnumerateObject().Count() == map.Count ? null : $"{path}: has {json.EnumerateObject().Count()} fields, expected {map.Count}";
            case object?[] list:
                if (json.ValueKind != JsonValueKind.Array || json.GetArrayLength() != list.Length)
                {
                    return $"{path}: expected an array of {list.Length}, got {json}";
                }

                var index = 0;
                foreach (var child in json.EnumerateArray())
                {
                    if (Difference(list[index], child, $"{path}[{index}]") is { } difference)
                    {
                        return difference;
                    }

                    index++;
                }

                return null;
            case string text:
                return json.ValueKind == JsonValueKind.String && json.GetString() == text ? null : $"{path}: expected '{text}', got {json}";
            case bool flag:
                return json.ValueKind == (flag ? JsonValueKind.True : JsonValueKind.False) ? null : $"{path}: expected {flag}, got {json}";
            case IConvertible number:
                var expected = number.ToDouble(System.Globalization.CultureInfo.InvariantCulture);
                var actual = json.ValueKind == JsonValueKind.Object ? double.Parse(json.GetProperty("$float").GetString()!, System.Globalization.CultureInfo.InvariantCulture) : json.GetDouble();

                // JSON has no negative zero, so -0.0 comes back as 0; the byte comparison checks the sign bit.
                return expected.Equals(actual) || expected == actual ? null : $"{path}: expected {expected:R}, got {actual:R}";
            default:
                return tree is IEnumerable ? $"{path}: unexpected list type {tree.GetType().Name}" : $"{path}: unexpected value {tree}";
        }
    }
}
