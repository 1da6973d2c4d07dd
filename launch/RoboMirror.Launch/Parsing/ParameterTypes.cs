namespace RoboMirror.Launch.Parsing;

/// <summary>The <c>type</c> attribute of <c>&lt;param&gt;</c>, as ROS 2's <c>get_data_type_from_identifier</c> names them.</summary>
internal static class ParameterTypes
{
    public static readonly string[] Names = ["str", "int", "float", "bool", "list[str]", "list[int]", "list[float]", "list[bool]"];

    public static bool IsKnown(string type) => Names.Contains(type, StringComparer.Ordinal);
}
