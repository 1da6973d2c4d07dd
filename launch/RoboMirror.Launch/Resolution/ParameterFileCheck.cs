using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RoboMirror.Launch.Resolution;

/// <summary>
/// Checks a parameter file before anything starts: it exists, is YAML, and has the ROS 2 shape
/// <c>node_name: {ros__parameters: {…}}</c> (node names may be nested under namespaces, or be <c>/**</c>).
/// </summary>
internal static class ParameterFileCheck
{
    public static void Check(string path, SourceLocation usedAt)
    {
        if (!File.Exists(path))
        {
            throw new LaunchFileException(usedAt, $"parameter file '{path}' does not exist", "an existing YAML file");
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new LaunchFileException(new SourceLocation(path, (int)e.Start.Line, (int)e.Start.Column), $"malformed YAML in a parameter file: {e.Message}", "YAML", e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root || !HasParameters(root))
        {
            throw new LaunchFileException(new SourceLocation(path, 1, 1), "the parameter file has no ros__parameters section",
                "node_name: {ros__parameters: {…}} or /**: {ros__parameters: {…}}");
        }
    }

    private static bool HasParameters(YamlMappingNode node) =>
        node.Children.Any(pair =>
            (pair.Key is YamlScalarNode { Value: "ros__parameters" } && pair.Value is YamlMappingNode)
            || (pair.Value is YamlMappingNode child && HasParameters(child)));
}
