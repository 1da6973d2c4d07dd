using RoboMirror.Perception.Adapters;
using RoboMirror.Perception.Canonicalization;
using RoboMirror.Perception.Skeleton;

namespace RoboMirror.Perception.Datasets.Buetepage;

/// <summary>
/// Reads the Bütepage two-person recordings (<c>buetepage_hh_kinect/data4</c>): every annotated
/// interaction (pairs 1-4; the unannotated pair 0 is not read), both persons as canonical 3D skeletons.
/// </summary>
public static class BuetepageReader
{
    /// <summary>The dataset's folder name under the recordings folder.</summary>
    public const string DatasetName = "buetepage_hh_kinect";

    // Source joint indices of the arms (shoulder, elbow, hand), as mapped in SkeletonLayouts.Buetepage8.
    private static readonly (int Shoulder, int Elbow, int Hand) LeftArm = (3, 5, 7);
    private static readonly (int Shoulder, int Elbow, int Hand) RightArm = (2, 4, 6);

    /// <summary>
    /// Reads every annotated interaction. <paramref name="folder"/> is the dataset folder or its
    /// <c>data4</c> sub-folder. Throws <see cref="DatasetFormatException"/> naming the file and line of
    /// anything malformed, and when the two persons' files differ in length or an annotation points
    /// past the end of a file.
    /// </summary>
    public static IReadOnlyList<BuetepageInteraction> ReadAll(string folder)
    {
        var data4 = DataFolder(folder);
        return BuetepageAnnotation.ParseFile(Path.Combine(data4, "annotation.txt"))
            .Select(annotation => Read(data4, annotation))
            .ToList();
    }

    /// <summary>Reads one annotated interaction from the dataset folder (or its <c>data4</c> sub-folder).</summary>
    public static BuetepageInteraction Read(string folder, BuetepageAnnotation annotation)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        var data4 = DataFolder(folder);
        var file1 = BuetepageFile.Read(Path.Combine(data4, annotation.RelativePath(1)));
        var file2 = BuetepageFile.Read(Path.Combine(data4, annotation.RelativePath(2)));
        if (file1.FrameCount != file2.FrameCount)
        {
            throw new DatasetFormatException(file2.Path, 0, $"{file1.FrameCount} rows, as many as {file1.Path}", $"{file2.FrameCount}");
        }

        if (annotation.StopFrame >= file1.FrameCount)
        {
            throw new DatasetFormatException(file1.Path, 0, $"more than {annotation.StopFrame} rows (the annotated stop frame)", $"{file1.FrameCount}");
        }

        return new BuetepageInteraction(annotation, Convert(file1, 1), Convert(file2, 2));
    }

    /// <summary>The <c>data4</c> folder inside <paramref name="folder"/>, or <paramref name="folder"/> itself when it holds annotation.txt.</summary>
    internal static string DataFolder(string folder)
    {
        if (File.Exists(Path.Combine(folder, "annotation.txt")))
        {
            return folder;
        }

        var data4 = Path.Combine(folder, "data4");
        return File.Exists(Path.Combine(data4, "annotation.txt"))
            ? data4
            : throw new DirectoryNotFoundException($"No Bütepage annotation.txt in '{folder}' or '{data4}'. Point at the {DatasetName} folder of the recordings (see docs/perception.md).");
    }

    internal static BuetepagePerson Convert(BuetepageFile file, int user)
    {
        var leftUntracked = UntrackedArmDetector.IsUntracked(file, LeftArm.Shoulder, LeftArm.Elbow, LeftArm.Hand);
        var rightUntracked = UntrackedArmDetector.IsUntracked(file, RightArm.Shoulder, RightArm.Elbow, RightArm.Hand);
        var confidences = new float[BuetepageFile.Joints];
        Array.Fill(confidences, 1f);
        MarkUntracked(confidences, leftUntracked, LeftArm);
        MarkUntracked(confidences, rightUntracked, RightArm);

        var rejections = new RejectionCounts();
        var frames = new CanonicalSkeleton[file.FrameCount];
        var time = TimeSpan.Zero;
        for (var f = 0; f < file.FrameCount; f++)
        {
            if (f > 0)
            {
                time += TimeSpan.FromSeconds(file.Durations[f]);
            }

            var skeleton = new CanonicalSkeleton(SkeletonSpace.Body3D);
            var rejection = Buetepage8Adapter.Convert(file.Frame(f), confidences, time, skeleton, $"user_{user}");
            if (rejection != FrameRejection.None)
            {
                rejections.Reject(rejection);
                skeleton.Reset(SkeletonSpace.Body3D);
                skeleton.Timestamp = time;
                skeleton.PersonId = $"user_{user}";
            }

            frames[f] = skeleton;
        }

        return new BuetepagePerson(user, file.Path, frames, leftUntracked, rightUntracked, rejections);
    }

    private static void MarkUntracked(float[] confidences, bool untracked, (int Shoulder, int Elbow, int Hand) arm)
    {
        if (untracked)
        {
            // The shoulder is kept (with lower confidence) because the body frame needs both shoulders; the
            // placeholder's shoulder keeps a plausible, fixed offset from the other one.
            confidences[arm.Shoulder] = 0.5f;
            confidences[arm.Elbow] = 0f;
            confidences[arm.Hand] = 0f;
        }
    }
}
