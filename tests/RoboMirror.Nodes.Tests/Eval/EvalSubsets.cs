using RoboMirror.Testing;

namespace RoboMirror.Nodes.Tests.Eval;

/// <summary>Small copies of the Bütepage dataset for replay tests (skipped without ../shared/data).</summary>
internal static class EvalSubsets
{
    /// <summary>A copy under <paramref name="root"/> holding only pair 1's first waving and shaking recordings (and the full annotation file).</summary>
    public static string TwoInteractions(string root)
    {
        var source = Path.Combine(Recordings.RequireDataset("buetepage_hh_kinect"), "data4");
        var copy = Path.Combine(root, "subset", "buetepage_hh_kinect");
        var data4 = Path.Combine(copy, "data4");
        if (Directory.Exists(data4))
        {
            return copy;
        }

        Directory.CreateDirectory(data4);
        File.Copy(Path.Combine(source, "annotation.txt"), Path.Combine(data4, "annotation.txt"));
        foreach (var gesture in new[] { "waving", "shaking" })
        {
            Directory.CreateDirectory(Path.Combine(data4, gesture));
            foreach (var user in new[] { 1, 2 })
            {
                var name = $"pair_1_rec_0_user_{user}.txt";
                File.Copy(Path.Combine(source, gesture, name), Path.Combine(data4, gesture, name));
            }
        }

        return copy;
    }
}
