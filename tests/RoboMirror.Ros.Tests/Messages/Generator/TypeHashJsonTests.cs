using RoboMirror.Ros.Generator.Hashing;
using RoboMirror.Ros.Generator.Model;
using RoboMirror.Ros.Generator.Parsing;

namespace RoboMirror.Ros.Tests.Messages.Generator;

public sealed class TypeHashJsonTests
{
    [Fact]
    public void Json_String_IsRosidlsHashableTypeDescription()
    {
        var catalog = new MsgCatalog();
        var spec = MsgParser.Parse("std_msgs", "String", "String.msg", "string data\n");
        catalog.TryAdd(spec);

        Assert.Equal(
            """{"type_description": {"type_name": "std_msgs/msg/String", "fields": [{"name": "data", "type": {"type_id": 17, "capacity": 0, "string_capacity": 0, "nested_type_name": ""}}]}, "referenced_type_descriptions": []}""",
            TypeHash.Json(spec, catalog));
        Assert.Equal("RIHS01_df668c740482bbd48fb39d76a70dfd4bd59db1288021743503259e948f6b1a18", TypeHash.Compute(spec, catalog));
    }

    [Fact]
    public void Json_ArraysBoundsAndNestedTypes_UseFieldTypeIdsAndSortedReferences()
    {
        var catalog = new MsgCatalog();
        var outer = MsgParser.Parse("demo_msgs", "Outer", "Outer.msg", "demo_msgs/Zed[<=3] zeds\ndemo_msgs/Alpha[2] alphas\nstring<=7[] labels\nchar c\nbyte b\n");
        catalog.TryAdd(outer);
        catalog.TryAdd(MsgParser.Parse("demo_msgs", "Zed", "Zed.msg", "bool z\n"));
        catalog.TryAdd(MsgParser.Parse("demo_msgs", "Alpha", "Alpha.msg", "float64[] a\n"));

        var json = TypeHash.Json(outer, catalog);

        Assert.Contains("""{"name": "zeds", "type": {"type_id": 97, "capacity": 3, "string_capacity": 0, "nested_type_name": "demo_msgs/msg/Zed"}}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"name": "alphas", "type": {"type_id": 49, "capacity": 2, "string_capacity": 0, "nested_type_name": "demo_msgs/msg/Alpha"}}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"name": "labels", "type": {"type_id": 165, "capacity": 0, "string_capacity": 7, "nested_type_name": ""}}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"name": "c", "type": {"type_id": 3,""", json, StringComparison.Ordinal);
        Assert.Contains("""{"name": "b", "type": {"type_id": 16,""", json, StringComparison.Ordinal);
        Assert.True(json.IndexOf("\"type_name\": \"demo_msgs/msg/Alpha\"", StringComparison.Ordinal) < json.IndexOf("\"type_name\": \"demo_msgs/msg/Zed\"", StringComparison.Ordinal));
    }
}
