using RoboMirror.Nodes.Nodes;

namespace RoboMirror.Nodes.Session;

/// <summary>Finds the shipped observation model: models/mirror-observation.onnx in the working folder or a folder above it, or above the program.</summary>
internal static class ModelLocator
{
    /// <summary>The model's path; when none exists, the path it was expected at (so the model's error names it).</summary>
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, MirrorNode.DefaultModelPath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath(MirrorNode.DefaultModelPath);
    }
}
