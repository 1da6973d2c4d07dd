using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RoboMirror.Launch.Packages;

/// <summary>
/// Reads a package-map file:
/// <code>
/// my_pkg:
///   share: ../my_pkg/share          # relative to this file
///   executables:
///     talker: [python3, talker.py]  # or "*": ["{robomirror}", node, "{exec}"]
/// </code>
/// </summary>
internal static class PackageMapFile
{
    public static Dictionary<string, PackageEntry> Read(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new LaunchFileException(new SourceLocation(fullPath, 0, 0), "the package map does not exist", "an existing YAML file");
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(fullPath);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new LaunchFileException(new SourceLocation(fullPath, (int)e.Start.Line, (int)e.Start.Column), $"malformed YAML: {e.Message}", "a YAML mapping of package names", e);
        }

        var packages = new Dictionary<string, PackageEntry>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0)
        {
            return packages;
        }

        var root = Mapping(stream.Documents[0].RootNode, fullPath, "a mapping of package names to {share, executables}");
        var directory = Path.GetDirectoryName(fullPath)!;
        foreach (var (key, value) in root.Children)
        {
            var name = Scalar(key, fullPath, "a package name");
            var package = Mapping(value, fullPath, $"{{share, executables}} for package '{name}'");
            string? share = null;
            var executables = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var (fieldKey, fieldValue) in package.Children)
            {
                switch (Scalar(fieldKey, fullPath, "share or executables"))
                {
                    case "share":
                        share = Path.GetFullPath(Path.Combine(directory, Scalar(fieldValue, fullPath, "a folder path")));
                        break;
                    case "executables":
                        foreach (var (exeKey, exeValue) in Mapping(fieldValue, fullPath, "a mapping of executable names to command lines").Children)
                        {
                            var commandLine = exeValue as YamlSequenceNode
                                ?? throw Error(exeValue, fullPath, "a command line as a list, e.g. [python3, talker.py]");
                            var items = commandLine.Children.Select(c => Scalar(c, fullPath, "a command-line item")).ToList();
                            if (items.Count == 0)
                            {
                                throw Error(exeValue, fullPath, "a non-empty command line");
                            }

                            executables[Scalar(exeKey, fullPath, "an executable name")] = items;
                        }

                        break;
                    default:
                        throw Error(fieldKey, fullPath, "share or executables");
                }
            }

            packages[name] = new PackageEntry(share, executables);
        }

        return packages;
    }

    private static YamlMappingNode Mapping(YamlNode node, string file, string expected) =>
        node as YamlMappingNode ?? throw Error(node, file, expected);

    private static string Scalar(YamlNode node, string file, string expected) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Error(node, file, expected);

    private static LaunchFileException Error(YamlNode node, string file, string expected) =>
        new(new SourceLocation(file, (int)node.Start.Line, (int)node.Start.Column), "unexpected content in the package map", expected);
}
