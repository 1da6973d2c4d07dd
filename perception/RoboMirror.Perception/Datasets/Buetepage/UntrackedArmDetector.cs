namespace RoboMirror.Perception.Datasets.Buetepage;

/// <summary>
/// Finds an arm the tracker did not follow. In the Bütepage files such an arm is a placeholder: the
/// elbow hangs exactly below the shoulder and the hand exactly below the elbow (horizontal offsets
/// under a millimetre), frame after frame. No real arm is vertical to the millimetre, so a file where
/// most frames look like that has an untracked arm.
/// </summary>
internal static class UntrackedArmDetector
{
    /// <summary>Largest horizontal (x and z) offset, in mm, between shoulder-elbow and elbow-hand of a placeholder arm.</summary>
    public const float PlaceholderToleranceMm = 2f;

    /// <summary>The fraction of frames that must look like a placeholder to mark the arm untracked for the whole file.</summary>
    public const double FileFraction = 0.5;

    /// <summary>
    /// True when the arm with the given source joint indices (shoulder, elbow, hand) is a placeholder in at
    /// least <see cref="FileFraction"/> of the frames.
    /// </summary>
    public static bool IsUntracked(BuetepageFile file, int shoulder, int elbow, int hand)
    {
        var placeholder = 0;
        for (var f = 0; f < file.FrameCount; f++)
        {
            var frame = file.Frame(f);
            if (IsVertical(frame, shoulder, elbow) && IsVertical(frame, elbow, hand))
            {
                placeholder++;
            }
        }

        return placeholder >= FileFraction * file.FrameCount;
    }

    private static bool IsVertical(ReadOnlySpan<float> frame, int upper, int lower) =>
        MathF.Abs(frame[lower * 3] - frame[upper * 3]) < PlaceholderToleranceMm
        && MathF.Abs(frame[(lower * 3) + 2] - frame[(upper * 3) + 2]) < PlaceholderToleranceMm;
}
