using System.Globalization;
using System.Text.Json.Nodes;
using RoboMirror.Ros.Messages;

namespace RoboMirror.Ros.Tests.Recording;

/// <summary>A generated message's field tree as the JSON a ROS 2 decoder's output normalizes to.</summary>
internal static class FieldTreeJson
{
    public static JsonObject From(OrderedDictionary<string, object?> tree)
    {
        var json = new JsonObject();
        foreach (var (name, value) in tree)
        {
            json[name] = Value(value);
        }

        return json;
    }

    private static JsonNode? Value(object? value) => value switch
    {
        null => null,
        OrderedDictionary<string, object?> nested => From(nested),
        object?[] array => new JsonArray([.. array.Select(Value)]),
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        float single => JsonValue.Create((double)single),
        IConvertible number => JsonValue.Create(number.ToDouble(CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"field tree value of type {value.GetType()} has no JSON form", nameof(value)),
    };
}
