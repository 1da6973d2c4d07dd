namespace RoboMirror.Benchmarks.Models;

/// <summary>The shipped observation model, models/mirror-observation.onnx, found above the working folder.</summary>
internal static class ShippedModel
{
    public static string Path
    {
        get
        {
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    var candidate = System.IO.Path.Combine(dir.FullName, "models", "mirror-observation.onnx");
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }

            throw new FileNotFoundException("models/mirror-observation.onnx not found above the working folder; run `robomirror train`.");
        }
    }
}
