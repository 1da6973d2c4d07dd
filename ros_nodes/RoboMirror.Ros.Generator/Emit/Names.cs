using System.Text;
using RoboMirror.Ros.Generator.Model;

namespace RoboMirror.Ros.Generator.Emit;

/// <summary>C# names for ROS names: <c>sensor_msgs</c> → <c>SensorMsgs</c>, <c>joint_names</c> → <c>JointNames</c>.</summary>
internal static class Names
{
    public const string RootNamespace = "RoboMirror.Ros.Messages";

    // Members every generated class has (or inherits); a field that would collide gets the suffix "Value".
    private static readonly string[] Reserved = ["TypeInfo", "Serialize", "Deserialize", "ToFieldTree", "FromFieldTree", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize"];

    public static string Pascal(string snake)
    {
        var text = new StringBuilder(snake.Length);
        var upper = true;
        foreach (var c in snake)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            text.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return text.ToString();
    }

    public static string Namespace(string package) => RootNamespace + "." + Pascal(package);

    /// <summary>Fully qualified C# type of a message, e.g. <c>global::RoboMirror.Ros.Messages.StdMsgs.Header</c>.</summary>
    public static string ClassOf(string rosName)
    {
        var parts = rosName.Split('/');
        return "global::" + Namespace(parts[0]) + "." + parts[parts.Length - 1];
    }

    public static string Property(MsgSpec spec, MsgField field)
    {
        var name = Pascal(field.Name);
        if (name == spec.Name || System.Array.IndexOf(Reserved, name) >= 0)
        {
            name += "Value";
        }

        return name;
    }

    public static string XmlEscape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
