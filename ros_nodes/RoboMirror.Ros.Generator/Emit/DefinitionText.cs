using System.Text;
using RoboMirror.Ros.Generator.Model;

namespace RoboMirror.Ros.Generator.Emit;

/// <summary>
/// The definition MCAP's <c>ros2msg</c> schema encoding and rosbag2 store: the type's own .msg text, then
/// every dependency's text after a line of 80 '=' and <c>MSG: pkg/Name</c>.
/// </summary>
internal static class DefinitionText
{
    private static readonly string Separator = new('=', 80);

    public static string For(MsgSpec spec, MsgCatalog catalog)
    {
        var text = new StringBuilder(Clean(spec.Text));
        foreach (var dependency in catalog.Dependencies(spec))
        {
            text.Append('\n').Append(Separator).Append('\n')
                .Append("MSG: ").Append(dependency.Package).Append('/').Append(dependency.Name).Append('\n')
                .Append(Clean(dependency.Text));
        }

        return text.Append('\n').ToString();
    }

    private static string Clean(string text) => text.Replace("\r", string.Empty).TrimEnd('\n', ' ', '\t');
}
