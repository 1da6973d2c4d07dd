using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RoboMirror.Ros.Parameters;

/// <summary>
/// Reads a ROS 2 parameter file: a YAML mapping from node names to <c>ros__parameters</c>. Node keys may
/// be <c>/**</c> (every node), a name (<c>turn_controller</c>, meaning <c>/turn_controller</c>), a
/// fully qualified name (<c>/robomirror/turn_controller</c>), or nested namespace keys
/// (<c>robomirror: turn_controller: ros__parameters:</c>). Nested mappings under <c>ros__parameters</c>
/// become dotted parameter names. Problems are reported with the file, the line and what to change.
/// </summary>
public static class ParameterFile
{
    /// <summary>The key that introduces a node's parameters.</summary>
    public const string ParametersKey = "ros__parameters";

    /// <summary>Reads <paramref name="path"/>; throws <see cref="RosException"/> (<see cref="RosErrorCode.InvalidParameterFile"/>) when it cannot.</summary>
    public static IReadOnlyList<ParameterOverride> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RosException(RosErrorCode.InvalidParameterFile, $"Parameter file '{path}' cannot be read: {e.Message}", e);
        }

        return Parse(text, path);
    }

    /// <summary>Parses parameter-file text; <paramref name="sourceName"/> names it in messages.</summary>
    public static IReadOnlyList<ParameterOverride> Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw Error(sourceName, e.Start.Line, $"not valid YAML: {e.InnerException?.Message ?? e.Message}", e);
        }

        var result = new List<ParameterOverride>();
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is not YamlMappingNode root)
            {
                throw Error(sourceName, document.RootNode.Start.Line, "the file must be a mapping of node names to 'ros__parameters' (e.g. '/**:' then '  ros__parameters:')");
            }

            ReadNodeLevel(root, string.Empty, sourceName, result);
        }

        return result;
    }

    private static void ReadNodeLevel(YamlMappingNode mapping, string nodePath, string source, List<ParameterOverride> result)
    {
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = KeyText(keyNode, source);
            if (key == ParametersKey)
            {
                if (nodePath.Length == 0)
                {
                    throw Error(source, keyNode.Start.Line, "'ros__parameters' must be under a node name such as '/**' or 'turn_controller'");
                }

                if (valueNode is not YamlMappingNode parameters)
                {
                    throw Error(source, valueNode.Start.Line, $"'ros__parameters' of node '{nodePath}' must be a mapping of parameter names to values");
                }

                ReadParameters(parameters, nodePath, string.Empty, source, result);
                continue;
            }

            if (valueNode is not YamlMappingNode child)
            {
                throw Error(source, keyNode.Start.Line,
                    $"'{key}' is read as a node name{(nodePath.Length > 0 ? $" under '{nodePath}'" : string.Empty)} but its value is not a mapping; parameters go under '<node>: ros__parameters:'");
            }

            ReadNodeLevel(child, nodePath.TrimEnd('/') + "/" + key.Trim('/'), source, result);
        }
    }

    private static void ReadParameters(YamlMappingNode mapping, string nodePath, string prefix, string source, List<ParameterOverride> result)
    {
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var name = prefix + KeyText(keyNode, source);
            if (valueNode is YamlMappingNode nested)
            {
                ReadParameters(nested, nodePath, name + ".", source, result);
                continue;
            }

            var value = ParameterYamlValue.Convert(valueNode, out var problem)
                ?? throw Error(source, valueNode.Start.Line, $"parameter '{name}' of node '{nodePath}': {problem}");
            result.Add(new ParameterOverride(nodePath, name, value, $"{source}:{valueNode.Start.Line}"));
        }
    }

    private static string KeyText(YamlNode keyNode, string source) =>
        keyNode is YamlScalarNode { Value: { Length: > 0 } text }
            ? text
            : throw Error(source, keyNode.Start.Line, "keys must be non-empty names");

    private static RosException Error(string source, long line, string problem, Exception? inner = null)
    {
        var message = $"Parameter file '{source}', line {line}: {problem}.";
        return inner is null
            ? new RosException(RosErrorCode.InvalidParameterFile, message)
            : new RosException(RosErrorCode.InvalidParameterFile, message, inner);
    }
}
